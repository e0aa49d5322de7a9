using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Verzuim.Dossiers.Cases;

/// <summary>Takes in absence changes while nobody reads dossiers, so notices and counts never wait for a reader.</summary>
internal sealed class ProjectionWorker(IServiceScopeFactory scopes, ILogger<ProjectionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DossierProjection>().CatchUpAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The database may be restarting; the next tick tries again from the stored checkpoint.
                logger.LogWarning(error, "Taking in absence changes failed; trying again shortly");
            }
        }
    }
}
