using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Verzuim.Dossiers;

/// <summary>Work that runs in its own scope every interval; a failure (the database restarting) is logged and the next tick tries again.</summary>
internal abstract class PeriodicWork(IServiceScopeFactory scopes, ILogger logger, TimeSpan interval) : BackgroundService
{
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "{Work} failed; trying again at the next tick", GetType().Name);
            }
        }
    }
}
