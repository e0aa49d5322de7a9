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
