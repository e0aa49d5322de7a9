using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Domain;

/// <summary>A login session: an opaque token (stored as a hash), ended by logout, by idle time or at its absolute end.</summary>
internal sealed class Session
{
    private Session() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    public SessionState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>When the holder last passed password and second factor; kept when the session is renewed.</summary>
    public DateTimeOffset? LoginCheckedAt { get; private set; }

    /// <param name="endsAt">The absolute end of the session this one replaces (a new token after a password change): it is kept, never extended.</param>
    public static Session Start(
        Guid accountId, byte[] tokenHash, SessionState state, SessionLifetime lifetime, DateTimeOffset now, DateTimeOffset? loginCheckedAt = null,
        DateTimeOffset? endsAt = null) => new()
    {
        LoginCheckedAt = loginCheckedAt,
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        TokenHash = tokenHash,
        State = state,
        CreatedAt = now,
        LastSeenAt = now,
        ExpiresAt = endsAt ?? now + (state == SessionState.Full ? lifetime.Absolute : lifetime.PendingSecondFactor),
    };

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
