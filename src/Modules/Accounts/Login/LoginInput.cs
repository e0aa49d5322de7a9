using GraphQL.Types;

namespace Verzuim.Accounts.Login;

internal sealed class LoginInput
{
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
}

internal sealed class LoginInputType : InputObjectGraphType<LoginInput>
{
    public LoginInputType()
    {
        Name = "LoginInput";
        Field(i => i.Email).Description("The e-mail address; capitals and surrounding spaces make no difference.");
        Field(i => i.Password).Description("The password, exactly as chosen.");
    }
}
