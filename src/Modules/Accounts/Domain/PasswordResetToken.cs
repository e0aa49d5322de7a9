namespace Verzuim.Accounts.Domain;

/// <summary>A single-use link to set a password: to reset a forgotten one, or to activate a new employer user.</summary>
internal sealed class PasswordResetToken
{
    private PasswordResetToken() { }

    public byte[] TokenHash { get; private set; } = [];
    public Guid AccountId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static readonly TimeSpan ResetLifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan ActivationLifetime = TimeSpan.FromDays(7);

    public static PasswordResetToken Issue(Guid accountId, byte[] tokenHash, TimeSpan lifetime, DateTimeOffset now) =>
        new() { TokenHash = tokenHash, AccountId = accountId, CreatedAt = now, ExpiresAt = now + lifetime };

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && ExpiresAt > now;

    public void Use(DateTimeOffset now) => UsedAt = now;
}
