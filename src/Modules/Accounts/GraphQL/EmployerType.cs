using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.GraphQL;

internal sealed class EmployerType : ObjectGraphType<Employer>
{
    public const string TypeName = Contracts.AccountTypeNames.Employer;

    public EmployerType()
    {
        Name = TypeName;
        Description = "An employer: the tenant that employees, employer users and API clients belong to.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Employer;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(e => e.Name).Description("The employer's name, as shown in the portal.");
        Field<NonNullGraphType<EmployerSettingsType>>("settings")
            .Description("The portal settings. Employer users only.")
            .Resolve(context => context.Caller() is EmployerUserCaller
                ? context.Source.Settings
                : throw new ExecutionError("Only employer users see the employer's settings.") { Code = ErrorCodes.Forbidden });
    }
}

internal sealed class EmployerSettingsType : ObjectGraphType<AccountSettings>
{
    public EmployerSettingsType()
    {
        Name = "EmployerSettings";
        Description = "How the portal behaves for this employer's employees.";
        Field(s => s.InvitationExpiryDays).Description("Days an invitation link works.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("reminderDays")
            .Description("Days after sending on which an unanswered invitation is reminded.")
            .Resolve(context => context.Source.ReminderDays);
        Field<NonNullGraphType<LockoutPolicyType>>("lockout").Resolve(context => context.Source.Lockout);
    }
}

internal sealed class LockoutPolicyType : ObjectGraphType<LockoutPolicy>
{
    public LockoutPolicyType()
    {
        Name = "LockoutPolicy";
        Description = "Wrong current passwords in a signed-in session (`changePassword`) lock it temporarily: after `freeAttempts` for "
            + "`baseDelaySeconds`, doubling up to `maxDelaySeconds`. The login itself uses one policy for every address, so that it never "
            + "tells which addresses belong to an employer.";
        Field(p => p.FreeAttempts);
        Field(p => p.BaseDelaySeconds);
        Field(p => p.MaxDelaySeconds);
    }
}
