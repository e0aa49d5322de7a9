using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Timeline;

namespace Verzuim.Absence.Absences;

/// <summary>
/// The sick periods an absence counts its weeks over: those of the absences it continues, then its own.
/// Cached per case for the request, so a list of absences asks once per case.
/// </summary>
internal sealed class CasePeriods(AbsenceDbContext db)
{
    private readonly Dictionary<Guid, List<(DateOnly FirstDay, SickPeriod Period)>> cases = [];

    public async Task<IReadOnlyList<SickPeriod>> ForAsync(EmployeeAbsence absence, CancellationToken cancellationToken)
    {
        if (absence.CaseId == absence.Id || absence.Status == AbsenceStatus.Withdrawn)
        {
            return [absence.Period];
        }
        if (!cases.TryGetValue(absence.CaseId, out var periods))
        {
            var rows = await db.Absences.AsNoTracking()
                .Where(a => a.CaseId == absence.CaseId && a.Status != AbsenceStatus.Withdrawn)
                .OrderBy(a => a.FirstDay).Select(a => new { a.FirstDay, a.RecoveredOn }).ToListAsync(cancellationToken);
            periods = [.. rows.Select(row => (row.FirstDay, new SickPeriod(row.FirstDay, row.RecoveredOn)))];
            cases[absence.CaseId] = periods;
        }
        return [.. periods.Where(p => p.FirstDay < absence.FirstDay).Select(p => p.Period), absence.Period];
    }
}
