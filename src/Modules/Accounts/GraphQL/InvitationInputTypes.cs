using GraphQL.Types;
using Verzuim.Accounts.Invitations;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Idempotency;

namespace Verzuim.Accounts.GraphQL;

internal sealed class InviteEmployeeInputType : InputObjectGraphType<InviteEmployeeInput>
{
    public InviteEmployeeInputType()
    {
        Name = "InviteEmployeeInput";
        Field<NonNullGraphType<IdGraphType>>("employeeId");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description);
    }
}

internal sealed class InviteEmployeesInputType : InputObjectGraphType<InviteEmployeesInput>
{
    public InviteEmployeesInputType()
    {
        Name = "InviteEmployeesInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("employeeIds");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description);
    }
}

internal sealed class InvitationIdInputType : InputObjectGraphType<InvitationIdInput>
{
    public InvitationIdInputType()
    {
        Name = "InvitationIdInput";
        Field<NonNullGraphType<IdGraphType>>("invitationId");
    }
}

internal sealed class InviteEmployeesPayloadType : PayloadType<InviteEmployeesPayload>
{
    public InviteEmployeesPayloadType() : base("InviteEmployeesPayload", "The invitations sent, in the order asked, or why none was.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationType>>>>("invitations").Resolve(context => context.Source.Invitations);
    }
}

internal sealed class InvitationPayloadType : PayloadType<InvitationPayload>
{
    public InvitationPayloadType() : base("InvitationPayload", "The invitation after the change, or why it was not made.")
    {
        Field<InvitationType>("invitation").Resolve(context => context.Source.Invitation);
    }
}
