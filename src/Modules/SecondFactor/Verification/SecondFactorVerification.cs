using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.SecondFactor.Verification;

internal sealed record VerificationPayload(SessionGrant? Session, bool MustSetUpNewFactor, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// The frame every second-factor check runs in: only a session that owes its factor may try, each wrong answer counts
/// (five end the session), and a right one ends the password-only session and starts a full one.
/// </summary>
internal sealed class SecondFactorVerification(VerificationAttempts attempts, IAccountSessions sessions)
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
        if (!await check())
        {
            return await attempts.RecordFailureAsync(caller.SessionId, cancellationToken)
                ? Failed(SecondFactorErrorCodes.SessionEnded, "Too many wrong codes. Log in again.")
                : new VerificationPayload(null, false, [wrongAnswer ?? WrongCode]);
        }
        var session = await sessions.CompleteSecondFactorAsync(caller.SessionId, cancellationToken);
        return session is null
            ? Failed(SecondFactorErrorCodes.SessionEnded, "This login has ended. Log in again.")
            : new VerificationPayload(session, mustSetUpNewFactor, []);
    }

    private static VerificationPayload Failed(string code, string message, params string[] field) => new(null, false, [UserError.For(code, message, field)]);
}
