using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Verzuim.BuildingBlocks.Background;

/// <summary>Work that brings something up to date with what has been committed, and may be run again at any time.</summary>
public interface ICatchUp
{
    Task CatchUpAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Runs one piece of catch-up work in the background: at once when a writer wakes it after its commit, and every
/// <see cref="PollInterval"/> as a safety net for a wake-up that was lost (a crash between commit and wake-up, or a
/// commit on another instance). Requests never do this work themselves; they only read its result.
/// </summary>
public abstract class CatchUpWorker<TWorker>(IServiceScopeFactory scopes, WakeSignal<TWorker> signal, ILogger logger)
    : BackgroundService, ICatchUp
    where TWorker : CatchUpWorker<TWorker>
{
    protected virtual TimeSpan PollInterval => TimeSpan.FromSeconds(2);

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RunAsync(scope.ServiceProvider, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be restarting; the next round tries again and nothing is lost.
                logger.LogWarning(error, "{Work} failed; trying again at the next wake-up", typeof(TWorker).Name);
            }
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class CatchUpRegistration
{
    /// <summary>
    /// Adds the worker, its wake-up and its place among the <see cref="ICatchUp"/> work, which runs in the order it
    /// was added (a feed's positions before the projection that reads them).
    /// </summary>
    public static IServiceCollection AddCatchUpWorker<TWorker>(this IServiceCollection services) where TWorker : CatchUpWorker<TWorker>
    {
        services.AddSingleton<WakeSignal<TWorker>>();
        services.AddSingleton<TWorker>();
        services.AddSingleton<ICatchUp>(sp => sp.GetRequiredService<TWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<TWorker>());
        return services;
    }
}
