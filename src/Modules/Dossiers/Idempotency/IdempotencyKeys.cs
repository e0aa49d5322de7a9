using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.Dossiers.Data;

namespace Verzuim.Dossiers.Idempotency;

/// <summary>What an idempotency key found: nothing yet, the id of what the first request created, or a key reused for something else.</summary>
internal sealed record Replay(Guid? ResultId, UserError? Error)
{
    public static readonly Replay None = new(null, null);
}

/// <summary>
/// Makes a creating mutation safe to send twice: a network retry or a double click with the same key returns what the
/// first request created.
/// </summary>
internal sealed class IdempotencyKeys(DossiersDbContext db, TimeProvider clock)
{
    public async Task<Replay> FindAsync(Guid accountId, string? key, string operation, byte[] fingerprint, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return Replay.None;
        }
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == accountId && r.Key == key, cancellationToken);
        if (record is null)
        {
            return Replay.None;
        }
        return record.Operation == operation && record.RequestHash.AsSpan().SequenceEqual(fingerprint)
            ? new Replay(record.ResultId, null)
            : new Replay(null, IdempotencyKey.Reused());
    }

    public void Remember(Guid accountId, string? key, string operation, byte[] fingerprint, Guid resultId)
    {
        if (key is not null)
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.For(accountId, key, operation, fingerprint, resultId, clock.GetUtcNow()));
        }
    }
}
