using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.AuthenticatorApp;

/// <summary>
/// The login's second step with an authenticator app. A code is accepted one step early or late, and each step only
/// once per account: the compare-and-set on the last used step lets one of two concurrent uses win.
/// </summary>
internal sealed class VerifyAuthenticatorCode(
    SecondFactorDbContext db, EmployerPolicies policies, TotpSecrets secrets, SecondFactorVerification verification, TimeProvider clock)
{
    public Task<VerificationPayload> HandleAsync(SessionCaller caller, string code, CancellationToken cancellationToken) =>
        verification.RunAsync(caller, async () =>
        {
            if (!(await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).Allows(SecondFactorMethod.AuthenticatorApp))
            {
                return false;
            }
            var now = clock.GetUtcNow();
            var apps = await db.Factors.AsNoTracking()
                .Where(f => f.AccountId == caller.AccountId && f.Method == SecondFactorMethod.AuthenticatorApp && f.ConfirmedAt != null && f.RemovedAt == null)
                .ToListAsync(cancellationToken);
            foreach (var app in apps)
            {
                if (TotpCodes.MatchingStep(secrets.Decrypt(app.SecretCiphertext!, app.Id), code, now) is { } step
                    && await db.Factors.Where(f => f.Id == app.Id && (f.LastUsedStep == null || f.LastUsedStep < step))
                        .ExecuteUpdateAsync(f => f.SetProperty(x => x.LastUsedStep, step).SetProperty(x => x.LastUsedAt, now), cancellationToken) == 1)
                {
                    return true;
                }
            }
            return false;
        }, cancellationToken);
}
