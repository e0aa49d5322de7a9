using System.Text.RegularExpressions;

namespace Verzuim.SecondFactor.Sms;

/// <summary>
/// A mobile number in E.164. Dutch forms are understood (06-12345678 becomes +31612345678); a Dutch number that is not
/// a mobile one (a landline such as 020-…) is refused, because it cannot receive the code.
/// </summary>
internal static partial class MobileNumber
{
    public const int MaxInputLength = 32;

    public static MobileNumberCheck Check(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new MobileNumberCheck(null, "REQUIRED");
        }
        if (input.Length > MaxInputLength)
        {
            return new MobileNumberCheck(null, "INVALID_PHONE_NUMBER");
        }
        var digits = Separators().Replace(input.Trim(), "");
        digits = digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..]
            : digits.StartsWith('0') ? "+31" + digits[1..]
            : digits;
        if (!E164().IsMatch(digits))
        {
            return new MobileNumberCheck(null, "INVALID_PHONE_NUMBER");
        }
        if (digits.StartsWith("+31", StringComparison.Ordinal) && !DutchMobile().IsMatch(digits))
        {
            return new MobileNumberCheck(null, "NOT_A_MOBILE_NUMBER");
        }
        return new MobileNumberCheck(digits, null);
    }

    /// <summary>"+31 6 •••• 5678": enough to recognise one's own number, not enough to learn someone else's.</summary>
    public static string Masked(string e164) => e164.Length < 8 ? "••••" : $"{e164[..3]} {e164[3]} •••• {e164[^4..]}";

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^\+316[0-9]{8}$")]
    private static partial Regex DutchMobile();
}

internal sealed record MobileNumberCheck(string? Number, string? ErrorCode);
