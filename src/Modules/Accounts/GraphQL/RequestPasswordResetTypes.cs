using GraphQL.Types;
using Verzuim.Accounts.PasswordReset;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class RequestPasswordResetInputType : InputObjectGraphType<RequestPasswordResetInput>
{
    public RequestPasswordResetInputType()
    {
        Name = "RequestPasswordResetInput";
        Field(i => i.Email);
    }
}

internal sealed class RequestPasswordResetPayloadType : PayloadType<RequestPasswordResetPayload>
{
    public RequestPasswordResetPayloadType() : base("RequestPasswordResetPayload",
        "Always the same answer: if the address has an account, a link is on its way.")
    {
        Field(p => p.Accepted);
    }
}
