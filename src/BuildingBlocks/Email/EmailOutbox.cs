using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verzuim.BuildingBlocks.Background;

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
public sealed class OutboxSignal : WakeSignal;
