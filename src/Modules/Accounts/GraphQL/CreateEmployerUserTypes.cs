using GraphQL.Types;
using Verzuim.Accounts.EmployerUsers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Idempotency;

namespace Verzuim.Accounts.GraphQL;

internal sealed class CreateEmployerUserInputType : InputObjectGraphType<CreateEmployerUserInput>
{
    public CreateEmployerUserInputType()
    {
        Name = "CreateEmployerUserInput";
        Field(i => i.Name);
        Field(i => i.Email).Description("Their login; it must not belong to any other account.");
        Field<NonNullGraphType<EmployerRoleType>>("role");
        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKey.Description);
    }
}

internal sealed class EmployerUserPayloadType : PayloadType<EmployerUserPayload>
{
    public EmployerUserPayloadType() : base("EmployerUserPayload", "The employer user, or why the change was not made.")
    {
        Field<EmployerUserType>("employerUser").Resolve(context => context.Source.EmployerUser);
    }
}
