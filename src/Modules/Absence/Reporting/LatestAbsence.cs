using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Reporting;

/// <summary>
/// Corrections and withdrawals touch only an employee's most recent absence: changing an earlier one would silently
/// change whether the later ones are linked to it.
/// </summary>
internal static class LatestAbsence
{
    public static async Task<UserError?> CheckAsync(AbsenceDbContext db, EmployeeAbsence absence, CancellationToken cancellationToken) =>
        await db.Absences.AnyAsync(a => a.EmployeeId == absence.EmployeeId && a.Status != AbsenceStatus.Withdrawn && a.FirstDay > absence.FirstDay, cancellationToken)
            ? UserError.For(AbsenceErrorCodes.NotLatestAbsence, "Only the employee's most recent absence can be corrected or withdrawn.", "input", "absenceId")
            : null;

    /// <summary>The absence before this one (not withdrawn), if any.</summary>
    public static Task<EmployeeAbsence?> PreviousAsync(AbsenceDbContext db, EmployeeAbsence absence, CancellationToken cancellationToken) =>
        db.Absences.AsNoTracking()
            .Where(a => a.EmployeeId == absence.EmployeeId && a.Status != AbsenceStatus.Withdrawn && a.FirstDay < absence.FirstDay && a.Id != absence.Id)
            .OrderByDescending(a => a.FirstDay).FirstOrDefaultAsync(cancellationToken);
}
