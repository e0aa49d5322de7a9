using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace Verzuim.Accounts.Shared;

/// <summary>
/// E-mail addresses as people type them. Two spellings of one address compare equal: capitals, surrounding spaces,
/// Unicode composition and an internationalised domain written in Unicode or in punycode make no difference.
/// </summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;
    private static readonly IdnMapping Idn = new();

    public static string Normalize(string email)
    {
        var trimmed = email.Trim().Normalize(NormalizationForm.FormC);
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1)
        {
            return trimmed.ToLowerInvariant();
        }
        var local = trimmed[..at].ToLowerInvariant();
        var domain = trimmed[(at + 1)..];
        try
        {
            domain = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            // Not a valid internationalised domain; compare it as typed.
        }
        return $"{local}@{domain.ToLowerInvariant()}";
    }

    public static bool IsValid(string email)
    {
        var trimmed = email.Trim();
        return trimmed.Length is > 2 and <= MaxLength
            && !trimmed.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(trimmed, out var parsed)
            && parsed.Address == trimmed
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }
}
