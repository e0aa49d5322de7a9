
namespace Verzuim.Accounts.Login;

internal sealed class LoginInput
{
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
}
