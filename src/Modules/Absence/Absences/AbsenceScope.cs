using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Absence.Absences;

/// <summary>
/// The absences a caller may reach: an employee their own, employer users and API clients those of their employer.
/// Every read and change starts here, so a foreign id is simply not found.
/// </summary>
internal static class AbsenceScope
{
    public const string TypeName = Contracts.AbsenceTypeNames.Absence;

    public static IQueryable<EmployeeAbsence> VisibleTo(this IQueryable<EmployeeAbsence> absences, Caller caller) => caller switch
    {
        EmployeeCaller self => absences.Where(a => a.EmployeeId == self.EmployeeId && a.EmployerId == self.Employer),
        EmployerUserCaller or ApiClientCaller => absences.Where(a => a.EmployerId == caller.EmployerId),
        _ => absences.Where(a => false),
    };

    /// <summary>The absence with its history, tracked for a change; null for a malformed, foreign or unknown id.</summary>
    public static async Task<EmployeeAbsence?> FindForChangeAsync(this AbsenceDbContext db, Caller caller, string globalId, CancellationToken cancellationToken) =>
        GlobalId.TryDecode(globalId, TypeName, out var id)
            ? await db.Absences.VisibleTo(caller).Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;

    public static Reporter Reporter(this Caller caller) => caller switch
    {
        EmployeeCaller employee => new Reporter(ReporterRole.Employee, employee.EmployeeId),
        EmployerUserCaller user => new Reporter(ReporterRole.EmployerUser, user.EmployerUserId),
        ApiClientCaller client => new Reporter(ReporterRole.ApiClient, client.ApiClientId),
        _ => throw new InvalidOperationException("Only signed-in callers and API clients report absences."),
    };
}
