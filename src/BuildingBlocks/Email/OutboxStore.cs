using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>One module's outbox table, as the dispatcher and the readiness check see it.</summary>
internal interface IOutboxStore
{
    /// <summary>Delivers the due mails, one at a time; returns how many it handled (0 when none were due).</summary>
    Task<int> DeliverDueAsync(CancellationToken cancellationToken);

    /// <summary>How many mails failed their last attempt and wait for an operator.</summary>
    Task<int> CountParkedAsync(CancellationToken cancellationToken);
}

internal sealed class OutboxStore<TContext>(
    IServiceScopeFactory scopes, IEmailTransport transport, IOptions<EmailOptions> options, OutboxMetrics metrics, TimeProvider clock,
    ILogger<OutboxStore<TContext>> logger) : IOutboxStore
    where TContext : DbContext
{
    private const int BatchSize = 20;

    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var handled = 0;
        while (handled < BatchSize && await DeliverNextAsync(db, cancellationToken))
        {
            handled++;
            db.ChangeTracker.Clear();
        }
        return handled;
    }

    public async Task<int> CountParkedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.Set<OutboxEmail>().CountAsync(mail => mail.SentAt == null && mail.Attempts >= OutboxEmail.MaxAttempts, cancellationToken);
    }

    /// <summary>
    /// Takes one due mail, sends it and records the outcome in its own transaction: a failure later in the round never
    /// undoes the record of a mail the SMTP server already accepted. The row stays locked while it is sent, so two
    /// Host processes never deliver the same mail at the same time.
    /// </summary>
    private async Task<bool> DeliverNextAsync(TContext db, CancellationToken cancellationToken)
    {
        var table = db.Model.FindEntityType(typeof(OutboxEmail))!;
        // The table name comes from the module's own model, never from input.
        var sql = $$"""
            SELECT * FROM "{{table.GetSchema()}}"."{{table.GetTableName()}}"
            WHERE sent_at IS NULL AND next_attempt_at <= {0}
            ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED
            """;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mail = await db.Set<OutboxEmail>().FromSqlRaw(sql, clock.GetUtcNow()).SingleOrDefaultAsync(cancellationToken);
        if (mail is null)
        {
            return false;
        }
        await DeliverAsync(mail, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task DeliverAsync(OutboxEmail mail, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(mail.ToMessage(options.Value.BodyKeyBytes), mail.Id.ToString("N"), cancellationToken);
            mail.MarkSent(clock.GetUtcNow());
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            mail.MarkFailed(error, clock.GetUtcNow());
            logger.LogWarning("Mail {MailId} could not be delivered (attempt {Attempt}): {Error}", mail.Id, mail.Attempts, error.GetType().Name);
            if (mail.IsParked)
            {
                metrics.Parked.Add(1);
                logger.LogError("Mail {MailId} is parked after {Attempts} attempts; it needs an operator", mail.Id, mail.Attempts);
            }
        }
    }
}

/// <summary>The outbox's instruments, in the meter `Verzuim.Email`.</summary>
internal sealed class OutboxMetrics
{
    public const string MeterName = "Verzuim.Email";

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Parked = meter.CreateCounter<long>("verzuim.email.parked", "{mail}", "Mails that failed their last delivery attempt and wait for an operator.");
    }

    public Counter<long> Parked { get; }
}
