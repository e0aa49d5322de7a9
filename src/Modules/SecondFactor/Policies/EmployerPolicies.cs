using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Policies;

internal sealed record PolicyPayload(EmployerPolicy? Policy, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Reads and changes an employer's allowed methods and SMS countries. Changing them never removes anyone's factor.</summary>
internal sealed class EmployerPolicies(SecondFactorDbContext db, TimeProvider clock)
{
    public async Task<EmployerPolicy> ForAsync(Guid employerId, CancellationToken cancellationToken) =>
        await db.Policies.AsNoTracking().SingleOrDefaultAsync(p => p.EmployerId == employerId, cancellationToken) ?? EmployerPolicy.Default(employerId);

    public async Task<PolicyPayload> UpdateAsync(Guid employerId, UpdateSecondFactorPolicyInput input, CancellationToken cancellationToken)
    {
        var allowed = input.AllowedMethods.Distinct().ToList();
        if (allowed.Count == 0)
        {
            return new PolicyPayload(null, [UserError.For(ErrorCodes.Required, "Allow at least one method.", "input", "allowedMethods")]);
        }
        var countries = input.SmsCountries?.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (countries is not null && countries.FirstOrDefault(c => !SmsCountries.IsKnown(c)) is { } unknown)
        {
            return new PolicyPayload(null, [UserError.For(SecondFactorErrorCodes.CountryNotAllowed,
                $"'{unknown[..Math.Min(unknown.Length, 8)]}' is not the ISO code of an EU country; codes can go to EU countries only.", "input", "smsCountries")]);
        }
        if (countries is { Count: 0 } && allowed.Contains(SecondFactorMethod.Sms))
        {
            return new PolicyPayload(null, [UserError.For(ErrorCodes.Required, "Allow at least one country, or do not allow SMS.", "input", "smsCountries")]);
        }
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.EmployerId == employerId, cancellationToken);
        if (policy is null)
        {
            policy = EmployerPolicy.Default(employerId);
            db.Policies.Add(policy);
        }
        policy.Allow(allowed, clock.GetUtcNow());
        if (countries is not null)
        {
            policy.AllowSmsTo(countries, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(cancellationToken);
        return new PolicyPayload(policy, []);
    }
}

internal sealed class UpdateSecondFactorPolicyInput
{
    public List<SecondFactorMethod> AllowedMethods { get; init; } = [];
    public List<string>? SmsCountries { get; init; }
}
