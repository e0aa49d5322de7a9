using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Idempotency;

namespace Verzuim.Absence.Reporting;

/// <summary>
/// Makes a report safe to send twice: a network retry or a double click with the same key gets the absence of the
/// first request back. The key is remembered in the report's own commit, so a report and its key never disagree.
/// </summary>
internal sealed class AbsenceReplays(AbsenceDbContext db, IdempotentRequests<AbsenceDbContext> requests)
{
    /// <summary>The answer to a repeated request, or null when the key is new.</summary>
    public async Task<AbsencePayload?> ReplayAsync(Caller caller, string? key, string operation, byte[] fingerprint, CancellationToken cancellationToken) =>
        await requests.FindAsync(caller, key, operation, fingerprint, cancellationToken) switch
        {
            { Error: { } reused } => AbsencePayload.Refused(reused),
            { ResultIds: [var absenceId, ..] } => AbsencePayload.Done(
                await db.Absences.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == absenceId, cancellationToken)),
            _ => null,
        };

    public void Remember(Caller caller, string? key, string operation, byte[] fingerprint, Guid absenceId) =>
        requests.Remember(caller, key, operation, fingerprint, absenceId);
}
