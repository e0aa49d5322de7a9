using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Invitations;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.GraphQL;

internal sealed class InvitationType : ObjectGraphType<InvitationRow>
{
    public const string TypeName = Invitation.TypeName;

    public InvitationType()
    {
        Name = TypeName;
        Description = "An invitation to an employee to register for the portal.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is InvitationRow;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(TypeName, context.Source.Invitation.Id));
        Field<NonNullGraphType<InvitationStatusType>>("status").Resolve(context =>
            context.Source.Invitation.StatusAt(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<EmployeeType>>("employee").Resolve(context => context.Source.Employee);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Resolve(context => context.Source.Invitation.CreatedAt);
        Field<NonNullGraphType<InstantGraphType>>("lastSentAt")
            .Description("When the current link was sent: at creation or at the latest resend.")
            .Resolve(context => context.Source.Invitation.LastSentAt);
        Field<NonNullGraphType<InstantGraphType>>("expiresAt").Resolve(context => context.Source.Invitation.ExpiresAt);
        Field<NonNullGraphType<IntGraphType>>("remindersSent")
            .Description("Reminders sent since the latest (re)send.")
            .Resolve(context => context.Source.Invitation.RemindersSent);
        Field<NonNullGraphType<IntGraphType>>("failedAttempts")
            .Description($"Wrong e-mail/birth date combinations typed; at {Invitation.MaxFailedAttempts} the invitation is blocked.")
            .Resolve(context => context.Source.Invitation.FailedAttempts);
    }
}

internal sealed class InvitationStatusType : EnumerationGraphType<InvitationStatus>
{
    public InvitationStatusType()
    {
        Name = "InvitationStatus";
        Description = "`PENDING` sent and open; `REMINDED` open and reminded; `REGISTERED` used; `EXPIRED` ran out; `REVOKED` withdrawn; `BLOCKED` after 5 wrong tries.";
    }
}
