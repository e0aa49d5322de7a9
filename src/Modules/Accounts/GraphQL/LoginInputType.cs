using GraphQL.Types;
using Verzuim.Accounts.Login;

namespace Verzuim.Accounts.GraphQL;

internal sealed class LoginInputType : InputObjectGraphType<LoginInput>
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field(i => i.Email).Description("The e-mail address; capitals and surrounding spaces make no difference.");
        Field(i => i.Password).Description("The password, exactly as chosen.");
    }
}
