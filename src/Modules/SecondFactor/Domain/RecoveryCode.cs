using System.Security.Cryptography;
using System.Text;

namespace Verzuim.SecondFactor.Domain;

/// <summary>A one-time code for when a phone or key is lost. 80 random bits, so a plain SHA-256 hash is enough to store.</summary>
internal sealed class RecoveryCode
{
    private RecoveryCode() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public byte[] CodeHash { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public const int PerAccount = 10;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new code like "K7QF-2MXD-9RTB-WP4H" and the row that keeps only its hash.</summary>
    public static (string Code, RecoveryCode Row) Create(Guid accountId, DateTimeOffset now)
    {
        var characters = RandomNumberGenerator.GetItems<char>(Alphabet, 16);
        var code = string.Join('-', characters.Chunk(4).Select(group => new string(group)));
        return (code, new RecoveryCode { Id = Guid.CreateVersion7(now), AccountId = accountId, CodeHash = Hash(code), CreatedAt = now });
    }

    /// <summary>Typing is forgiving: capitals, spaces and dashes do not matter.</summary>
    public static byte[] Hash(string typed)
    {
        var normalized = new string(typed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        var canonical = normalized.Length == 16 ? string.Join('-', normalized.Chunk(4).Select(group => new string(group))) : normalized;
        return SHA256.HashData(Encoding.ASCII.GetBytes(canonical));
    }
}
