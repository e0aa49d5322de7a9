using Microsoft.EntityFrameworkCore;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.RecoveryCodes;

/// <summary>Gives an account ten new recovery codes; earlier unused ones stop working. The codes are shown once.</summary>
internal sealed class RecoveryCodeIssuer(SecondFactorDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> ReplaceAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.RecoveryCodes.Where(code => code.AccountId == accountId && code.UsedAt == null)
            .ExecuteUpdateAsync(code => code.SetProperty(c => c.UsedAt, now), cancellationToken);
        var codes = Enumerable.Range(0, RecoveryCode.PerAccount).Select(_ => RecoveryCode.Create(accountId, now)).ToList();
        db.RecoveryCodes.AddRange(codes.Select(code => code.Row));
        return [.. codes.Select(code => code.Code)];
    }
}
