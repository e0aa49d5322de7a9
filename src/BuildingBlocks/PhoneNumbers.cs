using System.Text.RegularExpressions;

namespace Verzuim.BuildingBlocks;

/// <summary>
/// Phone numbers in E.164 (+31612345678), accepting the ways Dutch people write them: 06-12345678, 010 123 45 67,
/// 0031 6 …, +31 (0)6 …. A Dutch number has exactly nine digits after +31.
/// </summary>
public static partial class PhoneNumbers
{
    public const int MaxInputLength = 32;

    /// <returns>The number in E.164, or null when it is not a phone number.</returns>
    public static string? ToE164(string input)
    {
        if (input.Length > MaxInputLength)
        {
            return null;
        }
        var number = Separators().Replace(input.Trim(), "");
        number = number.StartsWith("00", StringComparison.Ordinal) ? "+" + number[2..]
            : number.StartsWith('0') ? "+31" + number[1..]
            : number;
        // "+31 (0)6 …" keeps the trunk zero that the international form drops.
        number = number.StartsWith("+310", StringComparison.Ordinal) ? "+31" + number[4..] : number;
        var dutch = number.StartsWith("+31", StringComparison.Ordinal);
        return E164().IsMatch(number) && (!dutch || number.Length == 12) ? number : null;
    }

    /// <summary>Whether a number in E.164 is a Dutch mobile one (+316…), the only Dutch kind that receives SMS.</summary>
    public static bool IsDutchMobile(string e164) => DutchMobile().IsMatch(e164);

    public static bool IsDutch(string e164) => e164.StartsWith("+31", StringComparison.Ordinal);

    [GeneratedRegex(@"[\s\-.()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^\+316[0-9]{8}$")]
    private static partial Regex DutchMobile();
}
