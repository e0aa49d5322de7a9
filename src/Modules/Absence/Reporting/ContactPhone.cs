using System.Text.RegularExpressions;

namespace Verzuim.Absence.Reporting;

/// <summary>A phone number where the ill employee can be reached: Dutch forms (06…, 010…) or international, kept in E.164.</summary>
internal static partial class ContactPhone
{
    public const int MaxInputLength = 32;

    public static bool TryNormalize(string input, out string e164)
    {
        e164 = "";
        if (input.Length > MaxInputLength)
        {
            return false;
        }
        var compact = Separators().Replace(input.Trim(), "");
        compact = compact.StartsWith("00", StringComparison.Ordinal) ? "+" + compact[2..] : compact;
        compact = compact.StartsWith("+310", StringComparison.Ordinal) ? "+31" + compact[4..] : compact;
        if (compact.Length == 10 && compact[0] == '0' && compact[1] != '0')
        {
            compact = "+31" + compact[1..];
        }
        if (!E164().IsMatch(compact) || (compact.StartsWith("+31", StringComparison.Ordinal) && compact.Length != 12))
        {
            return false;
        }
        e164 = compact;
        return true;
    }

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
