using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verzuim.BuildingBlocks.Email;

namespace Verzuim.Host.Health;

/// <summary>
/// Degraded while a mail is parked after its last attempt: the instance still serves (a load balancer keeps it), but
/// an operator sees that an invitation or reset link never left.
/// </summary>
internal sealed class MailOutboxReadiness(ParkedMail parkedMail) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var parked = await parkedMail.CountAsync(cancellationToken);
            return parked == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded($"{parked} mail(s) parked after their last delivery attempt.");
        }
        catch (Exception error) when (error is Npgsql.NpgsqlException or TimeoutException)
        {
            // The PostgreSQL check reports the database itself.
            return HealthCheckResult.Degraded("The mail outbox could not be read.");
        }
    }
}
