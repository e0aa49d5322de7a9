using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Verzuim.Host.Health;

internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<PostgresReadiness>("postgresql", tags: [ReadyTag])
            .AddCheck<MailOutboxReadiness>("mail-outbox", tags: [ReadyTag]);
        return services;
    }

    /// <summary>`/health/live`: the process serves requests. `/health/ready`: and its database answers (Degraded while mail is parked).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
