using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Verification;

internal sealed record VerificationPayload(SessionGrant? Session, bool MustSetUpNewFactor, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// The frame every second-factor check runs in: only a session that owes its factor may try; each wrong answer counts
/// for the session (five end it) and for the account (a hundred in a row lock the second step, see
/// <see cref="SecondStepLockout"/>); a right one ends the password-only session and starts a full one.
/// </summary>
internal sealed class SecondFactorVerification(VerificationAttempts attempts, SecondStepLockout lockout, IAccountSessions sessions)
{
    /// <summary>What a wrong code gets; a security key's wrong answer says so instead (see <see cref="RunAsync"/>).</summary>
    public static readonly UserError WrongCode = UserError.For(SecondFactorErrorCodes.InvalidCode, "This code is not correct.", "input", "code");

    public async Task<VerificationPayload> RunAsync(
        SessionCaller caller, Func<Task<bool>> check, CancellationToken cancellationToken, bool mustSetUpNewFactor = false, UserError? wrongAnswer = null)
    {
        if (caller.SessionState != SessionState.PendingSecondFactor)
        {
            return Failed(SecondFactorErrorCodes.NotPending, "This session has no second factor to verify.");
        }
        if (await attempts.ExhaustedAsync(caller.SessionId, cancellationToken))
        {
            return Failed(SecondFactorErrorCodes.SessionEnded, "Too many wrong codes. Log in again.");
        }
        if (await lockout.TakeGuessAsync(caller.AccountId, cancellationToken) is not { } guess)
        {
            return new VerificationPayload(null, false, [Locked]);
        }
        if (!await check())
        {
            await lockout.WrongAsync(caller.AccountId, guess, cancellationToken);
            return await attempts.RecordFailureAsync(caller.SessionId, cancellationToken)
                ? Failed(SecondFactorErrorCodes.SessionEnded, "Too many wrong codes. Log in again.")
                : new VerificationPayload(null, false, [wrongAnswer ?? WrongCode]);
        }
        await lockout.RightAsync(caller.AccountId, cancellationToken);
        var session = await sessions.CompleteSecondFactorAsync(caller.SessionId, cancellationToken);
        return session is null
            ? Failed(SecondFactorErrorCodes.SessionEnded, "This login has ended. Log in again.")
            : new VerificationPayload(session, mustSetUpNewFactor, []);
    }

    /// <summary>What every answer gets while the account's second step is locked, right or wrong.</summary>
    public static readonly UserError Locked = UserError.For(SecondFactorErrorCodes.SecondStepLocked,
        "Too many wrong answers for this account: the second step is locked for a while. Your employer can reset your second factor.");

    private static VerificationPayload Failed(string code, string message, params string[] field) => new(null, false, [UserError.For(code, message, field)]);
}
