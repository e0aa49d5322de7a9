using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Verification;

/// <summary>
/// Who may add a factor (SECURITY, "Second factor"): a session that must set one up, or a full session whose login
/// check is at most ten minutes old. A password-only session that still owes its factor may never add one.
/// </summary>
internal sealed class FactorChangeCheck(IAccountSessions sessions, TimeProvider clock)
{
    public static readonly TimeSpan MaxLoginCheckAge = TimeSpan.FromMinutes(10);

    public async Task<UserError?> RefusalAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        switch (caller.SessionState)
        {
            case SessionState.PendingEnrollment:
                return null;
            case SessionState.Full:
                var checkedAt = await sessions.LoginCheckedAtAsync(caller.SessionId, cancellationToken);
                return checkedAt is { } at && clock.GetUtcNow() - at <= MaxLoginCheckAge
                    ? null
                    : UserError.For(SecondFactorErrorCodes.LoginCheckRequired, "Log in again (at most 10 minutes ago) to change your second factors.");
            default:
                return UserError.For(SecondFactorErrorCodes.NotPending, "Verify your second factor first.");
        }
    }
}
