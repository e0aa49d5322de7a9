using GraphQL.Types;
using Verzuim.Accounts.PasswordReset;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ResetPasswordInputType : InputObjectGraphType<ResetPasswordInput>
{
    public ResetPasswordInputType()
    {
        Name = "ResetPasswordInput";
        Field(i => i.Token).Description("The token from the mailed link.");
        Field(i => i.NewPassword).Description("See `passwordPolicy` for the rules.");
    }
}

internal sealed class ResetPasswordPayloadType : PayloadType<ResetPasswordPayload>
{
    public ResetPasswordPayloadType() : base("ResetPasswordPayload", "Whether the new password was set; then log in as usual.")
    {
        Field(p => p.Success);
    }
}
