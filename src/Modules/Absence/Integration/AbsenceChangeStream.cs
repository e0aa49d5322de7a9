using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Data;

namespace Verzuim.Absence.Integration;

/// <summary>
/// The payroll feed's events, read by other modules as integration events. The same rows serve both: written in the
/// transaction of the change, positioned after the commit (<see cref="PayrollFeed.FeedPositions"/>), so a reader that
/// pages by position never skips one.
/// </summary>
internal sealed class AbsenceChangeStream(AbsenceDbContext db) : IAbsenceChanges
{
    public async Task<IReadOnlyList<AbsenceChanged>> ReadAsync(long afterPosition, int max, CancellationToken cancellationToken)
    {
        return await db.Events.AsNoTracking()
            .Where(e => e.Position > afterPosition)
            .OrderBy(e => e.Position).Take(max)
            .Select(e => new AbsenceChanged(e.Position!.Value, e.Kind, e.EmployerId, e.EmployeeId, e.AbsenceId,
                e.CaseId, e.CaseFirstDay, e.FirstDay, e.RecoveredOn, e.OccurredAt))
            .ToListAsync(cancellationToken);
    }
}
