using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

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
