using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.Idempotency;

/// <summary>
/// Makes a report safe to send twice: a network retry or a double click with the same key returns the absence of
/// the first request. The record is saved with the report itself, so a report and its key never disagree.
/// </summary>
internal sealed class IdempotencyKeys(AbsenceDbContext db, TimeProvider clock)
{
    public static UserError? Check(string? key) => key switch
    {
        null => null,
        { Length: 0 } => UserError.For(ErrorCodes.Required, "An idempotency key cannot be empty; leave it out instead.", "input", "idempotencyKey"),
        { Length: > IdempotencyRecord.MaxKeyLength } => UserError.For(ErrorCodes.TooLong, $"An idempotency key has at most {IdempotencyRecord.MaxKeyLength} characters.", "input", "idempotencyKey"),
        _ => null,
    };

    public static byte[] Fingerprint(string operation, object input) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { operation, input }));

    /// <summary>The answer to a repeated request, or null when the key is new.</summary>
    public async Task<AbsencePayload?> ReplayAsync(Reporter reporter, string? key, string operation, byte[] fingerprint, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CallerId == reporter.Id && r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }
        if (record.Operation != operation || !record.RequestHash.AsSpan().SequenceEqual(fingerprint))
        {
            return AbsencePayload.Refused(UserError.For(AbsenceErrorCodes.IdempotencyKeyReused,
                "This idempotency key was used for a different request. Use a new key for a new request.", "input", "idempotencyKey"));
        }
        var absence = await db.Absences.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == record.AbsenceId, cancellationToken);
        return AbsencePayload.Done(absence);
    }

    public void Remember(Reporter reporter, string? key, string operation, byte[] fingerprint, Guid absenceId)
    {
        if (key is not null)
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.For(reporter.Id, key, operation, fingerprint, absenceId, clock.GetUtcNow()));
        }
    }
}
