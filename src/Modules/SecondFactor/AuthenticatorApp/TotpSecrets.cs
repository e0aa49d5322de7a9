using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Verzuim.BuildingBlocks;

namespace Verzuim.SecondFactor.AuthenticatorApp;

/// <summary>
/// TOTP secrets are encrypted at rest with AES-256-GCM under a key from configuration
/// (`SecondFactor:SecretKey`), bound to the factor's id so a ciphertext cannot be moved to another factor.
/// </summary>
internal sealed class TotpSecrets(IOptions<SecondFactorOptions> options)
{
    public const int SecretBytes = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public byte[] Encrypt(byte[] secret, Guid factorId) => Sealed.Seal(Key, secret, factorId);

    public byte[] Decrypt(byte[] sealedSecret, Guid factorId) => Sealed.Open(Key, sealedSecret, factorId);

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
        if (!Sealed.IsKey(SecretKey))
        {
            yield return new ValidationResult("SecondFactor:SecretKey must be the base64 of exactly 32 random bytes.", [nameof(SecretKey)]);
        }
    }
}
