namespace Verzuim.Accounts.Sessions;

/// <summary>DOMAIN §2 and SECURITY: 30 minutes idle, 12 hours in all, 10 minutes to finish the second factor.</summary>
internal sealed class SessionLifetime
{
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan Absolute { get; set; } = TimeSpan.FromHours(12);
    public TimeSpan PendingSecondFactor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How stale `last_seen_at` may get before a request refreshes it: saves a write on most requests.</summary>
    public TimeSpan TouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
