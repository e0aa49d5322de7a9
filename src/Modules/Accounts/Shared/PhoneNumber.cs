using System.Text.RegularExpressions;

namespace Verzuim.Accounts.Shared;

/// <summary>Mobile numbers in E.164 (+31612345678), accepting the ways Dutch numbers are usually written (06-12345678).</summary>
internal static partial class PhoneNumber
{
    public const int MaxInputLength = 32;

    public static string? Normalize(string input)
    {
        if (input.Length > MaxInputLength)
        {
            return null;
        }
        var digits = Separators().Replace(input.Trim(), "");
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }
        else if (digits.StartsWith('0'))
        {
            digits = "+31" + digits[1..];
        }
        return E164().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
