using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Login;

internal sealed class AccountDirectory(AccountsDbContext db) : IAccountDirectory
{
    public async Task<AccountHolder?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        if (account.EmployeeId is { } employeeId)
        {
            var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
            return new AccountHolder(account.Id, account.EmployerId, employee.Email, employee.DisplayName, employee.MobilePhone);
        }
        var user = await db.EmployerUsers.AsNoTracking().SingleAsync(u => u.Id == account.EmployerUserId, cancellationToken);
        return new AccountHolder(account.Id, account.EmployerId, user.Email, user.Name, null);
    }

    public Task<Guid?> AccountOfEmployeeAsync(Guid employerId, Guid employeeId, CancellationToken cancellationToken) =>
        db.Accounts.Where(a => a.EmployerId == employerId && a.EmployeeId == employeeId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<EmployeeRecord?> EmployeeAsync(Guid employerId, Guid employeeId, CancellationToken cancellationToken) =>
        Record(await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId && e.EmployerId == employerId, cancellationToken));

    public async Task<EmployeeRecord?> EmployeeByExternalKeyAsync(Guid employerId, string externalKey, CancellationToken cancellationToken) =>
        Record(await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.ExternalKey == externalKey && e.EmployerId == employerId, cancellationToken));

    public async Task<IReadOnlyList<string>> HrAddressesAsync(Guid employerId, CancellationToken cancellationToken) =>
        await db.EmployerUsers.AsNoTracking()
            .Where(u => u.EmployerId == employerId && u.Role == EmployerRole.Hr && u.DeactivatedAt == null)
            .OrderBy(u => u.Email).Select(u => u.Email).ToListAsync(cancellationToken);

    private static EmployeeRecord? Record(Employee? employee) => employee is null ? null
        : new EmployeeRecord(employee.Id, employee.EmployerId, employee.ExternalKey, employee.DisplayName, employee.MobilePhone, employee.EmploymentStart, employee.EmploymentEnd);
}
