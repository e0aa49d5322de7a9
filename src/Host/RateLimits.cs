using System.Globalization;
using System.Threading.RateLimiting;
using Verzuim.Host.GraphQL;

namespace Verzuim.Host;

/// <summary>Requests per client address on the API; beyond the limit, 429 with Retry-After (SECURITY: throttling).</summary>
internal static class RateLimits
{
    public const string PolicyName = "per-address";

    public static IServiceCollection AddAddressRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:RequestsPerMinutePerAddress", 1200);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, http => RateLimitPartition.GetSlidingWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SlidingWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, _) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await GraphQLHttpErrors.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS",
                    "Too many requests from this address. Wait a moment and try again.", "application/graphql-response+json");
            };
        });
        return services;
    }
}
