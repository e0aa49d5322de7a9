using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Data;

namespace Verzuim.SecondFactor.Policies;

internal sealed record PolicyPayload(EmployerPolicy? Policy, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Reads and changes an employer's allowed methods. Changing them never removes anyone's factor.</summary>
internal sealed class EmployerPolicies(SecondFactorDbContext db, TimeProvider clock)
{
    public async Task<EmployerPolicy> ForAsync(Guid employerId, CancellationToken cancellationToken) =>
        await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.EmployerId == employerId, cancellationToken) ?? EmployerPolicy.Default(employerId);

    public async Task<PolicyPayload> UpdateAsync(Guid employerId, IReadOnlyCollection<SecondFactorMethod> allowed, CancellationToken cancellationToken)
    {
        if (allowed.Count == 0)
        {
            return new PolicyPayload(null, [UserError.For(ErrorCodes.Required, "Allow at least one method.", "input", "allowedMethods")]);
        }
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.EmployerId == employerId, cancellationToken);
        if (policy is null)
        {
            policy = EmployerPolicy.Default(employerId);
            db.Policies.Add(policy);
        }
        policy.Allow(allowed, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new PolicyPayload(policy, []);
    }
}
