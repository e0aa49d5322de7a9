
namespace Verzuim.Accounts.Passwords;

internal sealed record PasswordPolicyInfo(int MinLength, int MaxLength, IReadOnlyList<string> Rules)
{
    public static PasswordPolicyInfo Current { get; } = new(PasswordPolicy.MinLength, PasswordPolicy.MaxLength,
    [
        "PASSWORD_TOO_SHORT",
        "PASSWORD_TOO_LONG",
        "PASSWORD_TOO_COMMON",
        "PASSWORD_CONTAINS_PERSONAL_DATA",
    ]);
}
