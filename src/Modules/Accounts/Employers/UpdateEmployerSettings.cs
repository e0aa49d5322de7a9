using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;

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

internal sealed class UpdateEmployerSettingsInputType : InputObjectGraphType<UpdateEmployerSettingsInput>
{
    public UpdateEmployerSettingsInputType()
    {
        Name = "UpdateEmployerSettingsInput";
        Field(i => i.InvitationExpiryDays, nullable: true).Description($"1 to {AccountSettings.MaxExpiryDays}.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("reminderDays")
            .Description($"Increasing, each before the expiry; at most {AccountSettings.MaxReminders}. An empty list sends no reminders.");
        Field<LockoutPolicyInputType>("lockout");
    }
}

internal sealed class LockoutPolicyInputType : InputObjectGraphType<LockoutPolicyInput>
{
    public LockoutPolicyInputType()
    {
        Name = "LockoutPolicyInput";
        Field(i => i.FreeAttempts).Description("1 to 10.");
        Field(i => i.BaseDelaySeconds).Description("1 to 3600.");
        Field(i => i.MaxDelaySeconds).Description("At least the base delay, at most 86400.");
    }
}

internal sealed class EmployerPayloadType : PayloadType<EmployerPayload>
{
    public EmployerPayloadType() : base("EmployerPayload", "The employer after the change, or why it was not made.")
    {
        Field<EmployerType>("employer").Resolve(context => context.Source.Employer);
    }
}
