using GraphQL.Types;
using Verzuim.Accounts.Passwords;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Field(i => i.CurrentPassword);
        Field(i => i.NewPassword).Description("See `passwordPolicy` for the rules.");
    }
}

internal sealed class ChangePasswordPayloadType : PayloadType<ChangePasswordPayload>
{
    public ChangePasswordPayloadType() : base("ChangePasswordPayload",
        "The session to continue with: the old token and every other session have ended.")
    {
        Field<SessionType>("session").Resolve(context => context.Source.Session);
    }
}
