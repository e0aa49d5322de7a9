namespace Verzuim.BuildingBlocks.Background;

/// <summary>
/// Wakes one background worker. Any number of wake-ups before the worker looks count as one: it does all waiting
/// work in a single round anyway.
/// </summary>
public class WakeSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <returns>True when woken, false when the timeout passed first.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}

/// <summary>The wake-up of the worker <typeparamref name="TWorker"/>, so each worker has its own.</summary>
public sealed class WakeSignal<TWorker> : WakeSignal;
