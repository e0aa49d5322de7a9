namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// One SMS code: six digits from the CSPRNG, kept only as an HMAC, valid five minutes, at most five guesses, bound to
/// the login attempt (session) that asked for it. A newer code for the same attempt retires this one.
/// </summary>
internal sealed class SmsChallenge
{
    private SmsChallenge() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid FactorId { get; private set; }
    public Guid SessionId { get; private set; }
    public byte[] CodeHash { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public int Failures { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }

    public const int MaxFailures = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static SmsChallenge For(Guid id, Guid accountId, Guid factorId, Guid sessionId, byte[] codeHash, DateTimeOffset now) => new()
    {
        Id = id,
        AccountId = accountId,
        FactorId = factorId,
        SessionId = sessionId,
        CodeHash = codeHash,
        CreatedAt = now,
        ExpiresAt = now + Lifetime,
    };
}
