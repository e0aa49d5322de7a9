using System.Globalization;
using System.Text;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Passwords;

/// <summary>
/// What a new password must be (DOMAIN §2, NIST SP 800-63B): 12 to 128 characters of any kind, no composition rules,
/// not common or easy to guess, and not the user's own name, e-mail address or birth date, their employer's name or the
/// portal's. Each unmet rule is named.
/// </summary>
internal static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    /// <summary>Words Dutch users often build passwords from; they count as common on top of the built-in lists.</summary>
    private static readonly string[] CommonDutchWords =
    [
        "wachtwoord", "welkom", "geheim", "hallo", "voetbal", "ajax", "feyenoord", "psv", "nederland", "holland",
        "amsterdam", "rotterdam", "utrecht", "zomer", "winter", "lente", "herfst", "liefde", "schatje", "prinses",
        "maandag", "vrijdag", "januari", "verzuim", "werknemer", "portaal", "ziekmelding", "wachtwoordje",
    ];

    /// <summary>The portal's own names, context words for every account (SECURITY, "Passwords and login").</summary>
    private static readonly string[] PortalWords = ["verzuim", "werknemerportaal", "verzuimportaal"];

    /// <summary>Counts characters as people see them: one per Unicode code point, after composing accents.</summary>
    public static int Length(string password) => password.Normalize(NormalizationForm.FormC).EnumerateRunes().Count();

    /// <summary>Checked before anything else, so an oversized password costs no hashing work.</summary>
    public static bool IsWithinMaxLength(string password) => password.Length <= MaxLength * 2 && Length(password) <= MaxLength;

    public static IReadOnlyList<UserError> Check(string password, IEnumerable<string> personalWords, params string[] field)
    {
        if (!IsWithinMaxLength(password))
        {
            return [UserError.For(AccountsErrorCodes.PasswordTooLong, $"Use at most {MaxLength} characters.", field)];
        }
        var errors = new List<UserError>();
        if (Length(password) < MinLength)
        {
            errors.Add(UserError.For(AccountsErrorCodes.PasswordTooShort, $"Use at least {MinLength} characters.", field));
        }
        if (ContainsPersonalData(password, personalWords))
        {
            errors.Add(UserError.For(AccountsErrorCodes.PasswordContainsPersonalData,
                "Do not use your own name, e-mail address or date of birth, your employer's name or the portal's name.", field));
        }
        else if (IsCommon(password))
        {
            errors.Add(UserError.For(AccountsErrorCodes.PasswordTooCommon,
                "This password is too common or too easy to guess, such as a word, a keyboard pattern or a repetition.", field));
        }
        return errors;
    }

    private static bool IsCommon(string password) =>
        string.IsNullOrWhiteSpace(password) || Zxcvbn.Zxcvbn.MatchPassword(password, CommonDutchWords).Score < 2;

    private static bool ContainsPersonalData(string password, IEnumerable<string> personalWords)
    {
        var folded = Fold(password);
        return personalWords.Concat(PortalWords).Select(Fold).Any(word => word.Length >= 3 && folded.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>Lower case without accents or spaces, so "Sanne de Vries" is found in "sannedevries2024".</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
