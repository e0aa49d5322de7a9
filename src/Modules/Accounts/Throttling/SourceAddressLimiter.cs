using System.Net;
using System.Threading.RateLimiting;

namespace Verzuim.Accounts.Throttling;

/// <summary>
/// Failed logins per source address, so one address cannot try many accounts. Kept in memory per Host process:
/// a restart forgets it, which is acceptable next to the per-address lockout that lives in the database.
/// </summary>
internal sealed class SourceAddressLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> failures;
    private readonly TimeSpan window;

    public SourceAddressLimiter(LoginLimitsOptions options)
    {
        window = TimeSpan.FromSeconds(options.SourceWindowSeconds);
        failures = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetSlidingWindowLimiter(
            address, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.FailuresPerSource,
                Window = window,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            }));
    }

    /// <returns>How long to wait, when this address has used up its failures.</returns>
    public TimeSpan? BlockedFor(IPAddress? source) =>
        source is not null && failures.GetStatistics(source)?.CurrentAvailablePermits == 0 ? window / 6 : null;

    public void RecordFailure(IPAddress? source)
    {
        if (source is not null)
        {
            using var lease = failures.AttemptAcquire(source);
        }
    }

    public void Dispose() => failures.Dispose();
}
