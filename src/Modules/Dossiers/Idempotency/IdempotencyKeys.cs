using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.GraphQL;
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
    public const string ReusedCode = "IDEMPOTENCY_KEY_REUSED";

    public const string Description =
        "Optional, at most 100 characters: the same key sent again returns what the first request created; with a different request, `IDEMPOTENCY_KEY_REUSED`.";

    public static UserError? Check(string? key) => key switch
    {
        null => null,
        { Length: 0 } => UserError.For(ErrorCodes.Required, "An idempotency key cannot be empty; leave it out instead.", "input", "idempotencyKey"),
        { Length: > IdempotencyRecord.MaxKeyLength } => UserError.For(ErrorCodes.TooLong, $"An idempotency key has at most {IdempotencyRecord.MaxKeyLength} characters.", "input", "idempotencyKey"),
        _ => null,
    };

    public static byte[] Fingerprint(string operation, object request) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { operation, request }));

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
            : new Replay(null, UserError.For(ReusedCode, "This idempotency key was used for a different request. Use a new key for a new request.", "input", "idempotencyKey"));
    }

    public void Remember(Guid accountId, string? key, string operation, byte[] fingerprint, Guid resultId)
    {
        if (key is not null)
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.For(accountId, key, operation, fingerprint, resultId, clock.GetUtcNow()));
        }
    }
}
