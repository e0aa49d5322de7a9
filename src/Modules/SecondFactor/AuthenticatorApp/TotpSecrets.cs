using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Verzuim.SecondFactor.AuthenticatorApp;

/// <summary>
/// TOTP secrets are encrypted at rest with AES-256-GCM under a key from configuration
/// (`SecondFactor:SecretKey`), bound to the factor's id so a ciphertext cannot be moved to another factor.
/// </summary>
internal sealed class TotpSecrets(IOptions<SecondFactorOptions> options)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    public const int SecretBytes = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public byte[] Encrypt(byte[] secret, Guid factorId)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var sealedSecret = new byte[NonceBytes + secret.Length + TagBytes];
        using var aes = new AesGcm(Key, TagBytes);
        aes.Encrypt(nonce, secret, sealedSecret.AsSpan(NonceBytes, secret.Length), sealedSecret.AsSpan(NonceBytes + secret.Length), factorId.ToByteArray());
        nonce.CopyTo(sealedSecret, 0);
        return sealedSecret;
    }

    public byte[] Decrypt(byte[] sealedSecret, Guid factorId)
    {
        var length = sealedSecret.Length - NonceBytes - TagBytes;
        var secret = new byte[length];
        using var aes = new AesGcm(Key, TagBytes);
        aes.Decrypt(sealedSecret.AsSpan(0, NonceBytes), sealedSecret.AsSpan(NonceBytes, length), sealedSecret.AsSpan(NonceBytes + length), secret,
            factorId.ToByteArray());
        return secret;
    }

    private byte[] Key => Convert.FromBase64String(options.Value.SecretKey);
}

internal sealed class SecondFactorOptions : IValidatableObject
{
    public const string Section = "SecondFactor";

    /// <summary>Base64 of 32 random bytes. Losing it makes every authenticator app unusable; rotate with care.</summary>
    [Required]
    public string SecretKey { get; set; } = "";

    /// <summary>How the account appears in authenticator apps.</summary>
    public string Issuer { get; set; } = "Werknemerportaal";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        Span<byte> key = stackalloc byte[64];
        if (!Convert.TryFromBase64String(SecretKey, key, out var length) || length != 32)
        {
            yield return new ValidationResult("SecondFactor:SecretKey must be the base64 of exactly 32 random bytes.", [nameof(SecretKey)]);
        }
    }
}
