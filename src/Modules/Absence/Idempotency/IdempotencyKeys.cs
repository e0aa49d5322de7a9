using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks.Idempotency;

namespace Verzuim.Absence.Idempotency;

/// <summary>
/// Makes a report safe to send twice: a network retry or a double click with the same key returns the absence of
/// the first request. The record is saved with the report itself, so a report and its key never disagree.
/// </summary>
internal sealed class IdempotencyKeys(AbsenceDbContext db, TimeProvider clock)
{
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
            return AbsencePayload.Refused(IdempotencyKey.Reused());
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
