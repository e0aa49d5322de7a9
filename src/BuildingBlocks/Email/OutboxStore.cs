using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>One module's outbox table, as the dispatcher sees it.</summary>
internal interface IOutboxStore
{
    /// <summary>Delivers a batch of due mails; returns how many it handled (0 when none were due).</summary>
    Task<int> DeliverDueAsync(CancellationToken cancellationToken);
}

internal sealed class OutboxStore<TContext>(
    IServiceScopeFactory scopes, IEmailTransport transport, TimeProvider clock, ILogger<OutboxStore<TContext>> logger) : IOutboxStore
    where TContext : DbContext
{
    private const int BatchSize = 20;

    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var table = db.Model.FindEntityType(typeof(OutboxEmail))!;
        var now = clock.GetUtcNow();

        // The table name comes from the module's own model, never from input.
        var sql = $$"""
            SELECT * FROM "{{table.GetSchema()}}"."{{table.GetTableName()}}"
            WHERE sent_at IS NULL AND next_attempt_at <= {0}
            ORDER BY next_attempt_at LIMIT {{BatchSize}} FOR UPDATE SKIP LOCKED
            """;
        // Rows are locked while they are sent, so two Host processes never deliver the same mail at the same time.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Set<OutboxEmail>().FromSqlRaw(sql, now).ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            await DeliverAsync(mail, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task DeliverAsync(OutboxEmail mail, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(mail.ToMessage(), mail.Id.ToString("N"), cancellationToken);
            mail.MarkSent(clock.GetUtcNow());
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            mail.MarkFailed(error, clock.GetUtcNow());
            logger.LogWarning("Mail {MailId} could not be delivered (attempt {Attempt}): {Error}", mail.Id, mail.Attempts, error.GetType().Name);
        }
    }
}
