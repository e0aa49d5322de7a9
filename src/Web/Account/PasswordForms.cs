using Verzuim.Web.Api;

namespace Verzuim.Web.Account;

/// <summary>What every form with a new password checks before asking the Host.</summary>
internal static class PasswordForms
{
    /// <returns>True when the typing itself is wrong (empty, or the two differ); the Host is then not asked.</returns>
    public static bool CheckTyping(FormErrors errors, string password, string confirmation, string passwordField, string confirmationField)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(passwordField, "Error.PasswordMissing");
        }
        else if (password != confirmation)
        {
            errors.Add(confirmationField, "Error.PasswordsDiffer");
        }
        return errors.Any;
    }

    public static IReadOnlySet<string> UnmetRules(IEnumerable<UserError> errors) =>
        errors.Select(error => error.Code).Where(code => code.StartsWith("PASSWORD_", StringComparison.Ordinal)).ToHashSet();
}
