using Microsoft.EntityFrameworkCore;
using Verzuim.SecondFactor.Contracts;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Policies;

namespace Verzuim.SecondFactor.Verification;

/// <summary>What the login asks: can this account pass a second factor now, with a method its employer still allows?</summary>
internal sealed class SecondFactorGate(SecondFactorDbContext db, EmployerPolicies policies) : ISecondFactors
{
    public async Task<bool> HasUsableFactorAsync(Guid accountId, Guid employerId, CancellationToken cancellationToken)
    {
        var allowed = (await policies.ForAsync(employerId, cancellationToken)).AllowedMethods.ToList();
        return await db.Factors.AnyAsync(f => f.AccountId == accountId && f.ConfirmedAt != null && f.RemovedAt == null && allowed.Contains(f.Method), cancellationToken);
    }
}
