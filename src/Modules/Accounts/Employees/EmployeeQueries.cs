using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Employees;

/// <summary>Reads employees, always within one employer.</summary>
internal sealed class EmployeeQueries(AccountsDbContext db)
{
    public const int MaxSearchLength = 100;

    public async Task<PageOf<Employee>> ListAsync(Guid employerId, Page page, string? search, CancellationToken cancellationToken)
    {
        var employees = db.Employees.AsNoTracking().Where(e => e.EmployerId == employerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            employees = employees.Where(e => e.ExternalKey == search.Trim() || EF.Functions.ILike(e.FirstName + " " + e.LastName, pattern)
                || EF.Functions.ILike(e.Email, pattern));
        }
        var rows = await employees.ReadPageAsync(page, cancellationToken);
        return PageOf.From(rows, page, e => (e.CreatedAt, e.Id));
    }

    public Task<Employee?> ByExternalKeyAsync(Guid employerId, string externalKey, CancellationToken cancellationToken) =>
        db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.EmployerId == employerId && e.ExternalKey == externalKey.Trim(), cancellationToken);

    public Task<Employee?> ByIdAsync(Guid employerId, Guid id, CancellationToken cancellationToken) =>
        db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.EmployerId == employerId && e.Id == id, cancellationToken);
}
