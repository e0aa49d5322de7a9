using OtpNet;

namespace Verzuim.SecondFactor.AuthenticatorApp;

/// <summary>Six-digit codes over 30-second steps (RFC 6238), accepted one step early or late for clock drift.</summary>
internal static class TotpCodes
{
    private static readonly VerificationWindow OneStepEitherWay = new(previous: 1, future: 1);

    /// <returns>The time step the code belongs to, or null when it matches none in the window.</returns>
    public static long? MatchingStep(byte[] secret, string code, DateTimeOffset now)
    {
        var digits = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        return new Totp(secret).VerifyTotp(now.UtcDateTime, digits, out var step, OneStepEitherWay) ? step : null;
    }

    /// <summary>The key as people type it into an app: base32 in groups of four.</summary>
    public static string GroupedKey(byte[] secret) =>
        string.Join(' ', Base32Encoding.ToString(secret).TrimEnd('=').Chunk(4).Select(group => new string(group)));

    public static string Uri(byte[] secret, string issuer, string account) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={Base32Encoding.ToString(secret).TrimEnd('=')}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6&period=30";
}
