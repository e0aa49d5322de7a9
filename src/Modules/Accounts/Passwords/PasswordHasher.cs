using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Passwords;

/// <summary>
/// PBKDF2-HMAC-SHA512 with a random 128-bit salt (SECURITY: ≥ 220 000 iterations). Passwords are NFC-normalised first,
/// so the same password typed on another keyboard still matches. Only <see cref="PasswordHashingGate"/> calls it.
/// </summary>
internal sealed class PasswordHasher(int iterations)
{
    public const int DefaultIterations = 250_000;
    private const string Scheme = "pbkdf2-sha512";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public int Iterations => iterations;

    public PasswordHash Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, iterations);
        return new PasswordHash(string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash)));
    }

    public PasswordVerification Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var storedIterations))
        {
            return PasswordVerification.Failed;
        }
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(password, Convert.FromBase64String(parts[2]), storedIterations);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return PasswordVerification.Failed;
        }
        return storedIterations < iterations ? PasswordVerification.SucceededNeedsRehash : PasswordVerification.Succeeded;
    }

    private static byte[] Derive(string password, byte[] salt, int rounds) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormC)), salt, rounds, HashAlgorithmName.SHA512, HashBytes);
}

internal enum PasswordVerification
{
    Failed,
    Succeeded,
    SucceededNeedsRehash,
}
