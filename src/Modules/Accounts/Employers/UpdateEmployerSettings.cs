using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Employers;

internal sealed class UpdateEmployerSettingsInput
{
    public int? InvitationExpiryDays { get; init; }
    public List<int>? ReminderDays { get; init; }
    public LockoutPolicyInput? Lockout { get; init; }
}

internal sealed class LockoutPolicyInput
{
    public int FreeAttempts { get; init; }
    public int BaseDelaySeconds { get; init; }
    public int MaxDelaySeconds { get; init; }
}

internal sealed record EmployerPayload(Employer? Employer, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Changes the employer's account settings; fields left out keep their value. New values apply to new invitations.</summary>
internal sealed class UpdateEmployerSettings(AccountsDbContext db)
{
    public async Task<EmployerPayload> HandleAsync(Guid employerId, UpdateEmployerSettingsInput input, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId, cancellationToken);
        var current = employer.Settings;
        var updated = new AccountSettings(
            input.InvitationExpiryDays ?? current.InvitationExpiryDays,
            input.ReminderDays ?? current.ReminderDays,
            input.Lockout is { } lockout ? new LockoutPolicy(lockout.FreeAttempts, lockout.BaseDelaySeconds, lockout.MaxDelaySeconds) : current.Lockout);
        var errors = updated.Validate();
        if (errors.Count > 0)
        {
            return new EmployerPayload(null, errors);
        }
        employer.Apply(updated);
        await db.SaveChangesAsync(cancellationToken);
        return new EmployerPayload(employer, []);
    }
}
