using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>Sends what the modules' outboxes hold: at once when woken after a commit, else every few seconds.</summary>
internal sealed class EmailOutboxDispatcher(
    IEnumerable<IOutboxStore> stores, OutboxSignal signal, ILogger<EmailOutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var store in stores)
            {
                await DrainAsync(store, stoppingToken);
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

    private async Task DrainAsync(IOutboxStore store, CancellationToken stoppingToken)
    {
        try
        {
            while (await store.DeliverDueAsync(stoppingToken) > 0)
            {
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The database may be restarting; the next round tries again and nothing is lost.
            logger.LogWarning("The mail outbox could not be read: {Error}", error.GetType().Name);
        }
    }
}
