using System.Security.Cryptography;

namespace Verzuim.BuildingBlocks;

/// <summary>
/// Secrets at rest: AES-256-GCM under a 32-byte key from configuration, bound to the id of the row that holds them
/// (associated data), so a ciphertext copied to another row does not open. Layout: nonce (12) · ciphertext · tag (16).
/// </summary>
public static class Sealed
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    public const int KeyBytes = 32;

    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, Guid owner)
    {
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length), owner.ToByteArray());
        return sealedBytes;
    }

    /// <exception cref="AuthenticationTagMismatchException">The key, the owner or the bytes are not the ones it was sealed with.</exception>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedBytes, Guid owner)
    {
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedBytes[..NonceBytes], sealedBytes.Slice(NonceBytes, length), sealedBytes[(NonceBytes + length)..], plaintext, owner.ToByteArray());
        return plaintext;
    }

    /// <summary>Whether a configured value is the base64 of exactly <see cref="KeyBytes"/> bytes.</summary>
    public static bool IsKey(string base64)
    {
        Span<byte> key = stackalloc byte[64];
        return Convert.TryFromBase64String(base64, key, out var length) && length == KeyBytes;
    }
}
