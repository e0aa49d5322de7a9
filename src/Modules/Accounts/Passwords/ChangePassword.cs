using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Sessions;
using Verzuim.Accounts.Shared;
using Verzuim.Accounts.Throttling;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Passwords;

internal sealed class ChangePasswordInput
{
    public string CurrentPassword { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

internal sealed record ChangePasswordPayload(SessionGrant? Session, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Changes the password of the signed-in account. The current password is required and counts toward the lockout,
/// so a stolen session cannot guess it. Every other session ends; this one continues under a new token.
/// </summary>
internal sealed class ChangePassword(
    AccountsDbContext db, PasswordHashingGate hashing, LoginThrottling throttling, SessionIssuer sessions,
    EmailOutbox<AccountsDbContext> outbox, PortalLinks links, TimeProvider clock)
{
    public async Task<ChangePasswordPayload> HandleAsync(SessionCaller caller, ChangePasswordInput input, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleAsync(a => a.Id == caller.AccountId, cancellationToken);
        var throttleKey = LoginThrottling.KeyFor(account.EmailNormalized);
        if (await throttling.LockedForAsync(throttleKey, cancellationToken) is { } wait)
        {
            return Failed(UserError.For(ErrorCodes.TooManyAttempts, $"Too many wrong passwords. Try again in {(int)Math.Ceiling(wait.TotalSeconds)} seconds."));
        }
        var holder = await AccountHolder.OfAsync(db, account, cancellationToken);
        var problems = PasswordPolicy.Check(input.NewPassword, holder.PersonalWords, "input", "newPassword");
        if (problems.Count > 0)
        {
            return new ChangePasswordPayload(null, problems);
        }
        if (input.CurrentPassword == input.NewPassword)
        {
            return Failed(UserError.For(AccountsErrorCodes.PasswordUnchanged, "The new password is the same as the current one.", "input", "newPassword"));
        }
        var current = PasswordPolicy.IsWithinMaxLength(input.CurrentPassword)
            ? await hashing.VerifyAsync(input.CurrentPassword, account.PasswordHash!, cancellationToken)
            : PasswordVerification.Failed;
        var hash = current is PasswordVerification.Succeeded or PasswordVerification.SucceededNeedsRehash
            ? await hashing.HashAsync(input.NewPassword, cancellationToken)
            : null;
        if (current is null || (current != PasswordVerification.Failed && hash is null))
        {
            return Failed(UserError.For(AccountsErrorCodes.Busy, "The service is busy. Try again in a few seconds."));
        }
        if (current == PasswordVerification.Failed)
        {
            var employer = await db.Employers.SingleAsync(e => e.Id == account.EmployerId, cancellationToken);
            await throttling.RecordFailureAsync(throttleKey, employer.Settings.Lockout, cancellationToken);
            return Failed(UserError.For(AccountsErrorCodes.WrongPassword, "The current password is not correct.", "input", "currentPassword"));
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        account.SetPassword(hash!.Value, now);
        await sessions.EndAllAsync(account.Id, except: null, cancellationToken);
        // The new token continues the old session: the same login check and the same absolute end, never a fresh 12 hours.
        var replaced = await db.Sessions.Where(s => s.Id == caller.SessionId).Select(s => new { s.LoginCheckedAt, s.ExpiresAt }).SingleAsync(cancellationToken);
        var session = sessions.Start(account.Id, caller.SessionState, replaced.LoginCheckedAt, replaced.ExpiresAt);
        outbox.Enqueue(AccountEmails.PasswordChanged(holder.Email, links.Login()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.NotifyCommitted();
        return new ChangePasswordPayload(session, []);
    }

    private static ChangePasswordPayload Failed(UserError error) => new(null, [error]);
}
