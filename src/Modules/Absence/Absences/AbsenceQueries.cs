using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Absence.Absences;

/// <summary>Filters of the absences list: open or closed, one employee, a period the absence overlaps.</summary>
internal sealed record AbsenceFilter(AbsenceStatus? Status, Guid? EmployeeId, DateOnly? From, DateOnly? Until);

/// <summary>Reads absences, always inside the caller's scope.</summary>
internal sealed class AbsenceQueries(AbsenceDbContext db, IAccountDirectory accounts)
{
    public const int MaxOwnAbsences = 200;

    public async Task<IReadOnlyList<EmployeeAbsence>> MineAsync(EmployeeCaller employee, CancellationToken cancellationToken) =>
        await db.Absences.AsNoTracking().VisibleTo(employee).Include(a => a.History)
            .OrderByDescending(a => a.FirstDay).ThenByDescending(a => a.CreatedAt).Take(MaxOwnAbsences).ToListAsync(cancellationToken);

    public async Task<PageOf<EmployeeAbsence>> ListAsync(Caller caller, AbsenceFilter filter, Page page, CancellationToken cancellationToken)
    {
        var absences = db.Absences.AsNoTracking().VisibleTo(caller).Include(a => a.History).AsQueryable();
        if (filter.Status is { } status)
        {
            absences = absences.Where(a => a.Status == status);
        }
        if (filter.EmployeeId is { } employeeId)
        {
            absences = absences.Where(a => a.EmployeeId == employeeId);
        }
        if (filter.Until is { } until)
        {
            absences = absences.Where(a => a.FirstDay <= until);
        }
        if (filter.From is { } from)
        {
            absences = absences.Where(a => a.RecoveredOn == null || a.RecoveredOn > from);
        }
        var rows = await absences.ReadPageAsync(page, cancellationToken);
        return PageOf.From(rows, page, a => (a.CreatedAt, a.Id));
    }

    public async Task<IReadOnlyList<EmployeeAbsence>?> OfEmployeeAsync(Caller caller, string externalKey, CancellationToken cancellationToken)
    {
        if (await accounts.EmployeeByExternalKeyAsync(caller.EmployerId!.Value, externalKey, cancellationToken) is not { } employee)
        {
            return null;
        }
        return await db.Absences.AsNoTracking().VisibleTo(caller).Include(a => a.History)
            .Where(a => a.EmployeeId == employee.EmployeeId)
            .OrderByDescending(a => a.FirstDay).Take(MaxOwnAbsences).ToListAsync(cancellationToken);
    }

    public Task<EmployeeAbsence?> ByIdAsync(Caller caller, Guid id, CancellationToken cancellationToken) =>
        db.Absences.AsNoTracking().VisibleTo(caller).Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
}
