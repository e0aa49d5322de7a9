using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Verzuim.Accounts.Shared;

/// <summary>
/// Bearer secrets (invitation links, session tokens, API keys, reset links): 256 random bits from the OS CSPRNG with a
/// readable prefix, kept in the database only as a SHA-256 hash. Their entropy makes a slow hash unnecessary.
/// </summary>
internal static class SecretToken
{
    private const int RandomBytes = 32;
    public const int MaxLength = 64;

    public static string Create(string prefix) => prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>True when the text could be a token of this kind; anything else is refused before a database read.</summary>
    public static bool HasShape(string? token, string prefix) =>
        token is { Length: > 0 and <= MaxLength } && token.StartsWith(prefix, StringComparison.Ordinal)
        && Base64Url.IsValid(token.AsSpan(prefix.Length));
}

internal static class TokenPrefixes
{
    public const string Invitation = "vzi_";
    public const string RegistrationTicket = "vzr_";
    public const string Session = "vzs_";
    public const string ApiKey = "vzk_";
    public const string PasswordReset = "vzp_";
}
