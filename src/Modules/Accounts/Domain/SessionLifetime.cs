using System.ComponentModel.DataAnnotations;

namespace Verzuim.Accounts.Domain;

/// <summary>DOMAIN §2 and SECURITY: 30 minutes idle, 12 hours in all, 10 minutes to finish the second factor.
/// Configured under Accounts:Sessions; the ranges are checked at start.</summary>
internal sealed class SessionLifetime
{
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(30);
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Absolute { get; set; } = TimeSpan.FromHours(12);
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan PendingSecondFactor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How stale `last_seen_at` may get before a request refreshes it: saves a write on most requests.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan TouchInterval { get; set; } = TimeSpan.FromMinutes(1);
}
