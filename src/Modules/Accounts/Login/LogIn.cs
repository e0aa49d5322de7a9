using System.Net;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Sessions;
using Verzuim.Accounts.Shared;
using Verzuim.Accounts.Throttling;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Contracts;

namespace Verzuim.Accounts.Login;

/// <summary>
/// Password login (DOMAIN §2). Unknown addresses, wrong passwords and disabled accounts get one answer, and take as long:
/// the unknown path checks the password against a dummy hash. Locks are kept per address whether it exists or not.
/// </summary>
internal sealed class LogIn(
    AccountsDbContext db, PasswordHashingGate hashing, LoginThrottling throttling, SourceAddressLimiter sources, SessionIssuer sessions,
    ISecondFactors secondFactors)
{
    public async Task<LoginPayload> HandleAsync(LoginInput input, IPAddress? source, CancellationToken cancellationToken)
    {
        if (sources.BlockedFor(source) is { } sourceWait)
        {
            return TooManyAttempts(sourceWait);
        }
        if (string.IsNullOrWhiteSpace(input.Email) || input.Email.Length > EmailAddress.MaxLength
            || input.Password.Length == 0 || !PasswordPolicy.IsWithinMaxLength(input.Password))
        {
            // No account has such a password, so no hashing work is spent on it.
            sources.RecordFailure(source);
            return InvalidCredentials();
        }
        var email = EmailAddress.Normalize(input.Email);
        var throttleKey = LoginThrottling.KeyFor(email);
        if (await throttling.LockedForAsync(throttleKey, cancellationToken) is { } wait)
        {
            return TooManyAttempts(wait);
        }

        var account = await db.Accounts.FirstOrDefaultAsync(a => a.EmailNormalized == email, cancellationToken);
        var verification = await hashing.VerifyAsync(input.Password, account?.PasswordHash ?? hashing.DummyHash, cancellationToken);
        if (verification is null)
        {
            return Busy();
        }
        if (account is not { CanLogIn: true } || verification == PasswordVerification.Failed)
        {
            sources.RecordFailure(source);
            // One policy for every address: an employer's own settings would tell its employees' addresses from unknown ones.
            await throttling.RecordFailureAsync(throttleKey, LockoutPolicy.Default, cancellationToken);
            return InvalidCredentials();
        }

        if (verification == PasswordVerification.SucceededNeedsRehash && await hashing.HashAsync(input.Password, cancellationToken) is { } upgraded)
        {
            account.UpgradeHash(upgraded);
        }
        await throttling.ResetAsync(throttleKey, cancellationToken);
        // A password alone reaches nothing: the session can only verify a factor, or set one up when there is none.
        var state = await secondFactors.HasUsableFactorAsync(account.Id, account.EmployerId, cancellationToken)
            ? SessionState.PendingSecondFactor
            : SessionState.PendingEnrollment;
        var session = sessions.Start(account.Id, state);
        await db.SaveChangesAsync(cancellationToken);
        return new LoginPayload(session, null, []);
    }

    private static LoginPayload InvalidCredentials() => new(null, null,
        [UserError.For(AccountsErrorCodes.InvalidCredentials, "The e-mail address or the password is not correct.")]);

    private static LoginPayload TooManyAttempts(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        return new(null, seconds, [UserError.For(ErrorCodes.TooManyAttempts, $"Too many failed logins. Try again in {seconds} seconds.")]);
    }

    private static LoginPayload Busy() => new(null, 5,
        [UserError.For(AccountsErrorCodes.Busy, "The service is busy. Try again in a few seconds.")]);
}
