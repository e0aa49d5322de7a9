using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.RecoveryCodes;

/// <summary>Logging in with a recovery code, for a lost phone or key. Each code works once; then set up a new factor.</summary>
internal sealed class VerifyRecoveryCode(SecondFactorDbContext db, SecondFactorVerification verification, TimeProvider clock)
{
    public Task<VerificationPayload> HandleAsync(SessionCaller caller, string code, CancellationToken cancellationToken) =>
        verification.RunAsync(caller, async () =>
        {
            if (code.Length > 64)
            {
                return false;
            }
            var hash = RecoveryCode.Hash(code);
            var now = clock.GetUtcNow();
            return await db.RecoveryCodes.Where(c => c.AccountId == caller.AccountId && c.CodeHash == hash && c.UsedAt == null)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), cancellationToken) == 1;
        }, cancellationToken, mustSetUpNewFactor: true);
}
