using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>Queues mails in a module's DbContext; they leave once the caller's SaveChanges has committed.</summary>
public sealed class EmailOutbox<TContext>(TContext db, IOptions<EmailOptions> options, TimeProvider clock, OutboxSignal signal)
    where TContext : DbContext
{
    public void Enqueue(EmailMessage message) => db.Set<OutboxEmail>().Add(OutboxEmail.For(message, options.Value.BodyKeyBytes, clock.GetUtcNow()));

    /// <summary>Wakes the dispatcher after a commit, so mail leaves at once rather than at the next poll.</summary>
    public void NotifyCommitted() => signal.Notify();
}

/// <summary>Wakes the outbox dispatcher.</summary>
public sealed class OutboxSignal
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

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}
