using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.GraphQL;

/// <summary>`me`: the caller as an object — an employee, an employer user or an API client.</summary>
internal sealed class ViewerType : UnionGraphType
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Whoever is calling: an employee, an employer user or an API client.";
        Type<EmployeeType>();
        Type<EmployerUserType>();
        Type<ApiClientType>();
    }
}

internal sealed class ViewerQuery(AccountsDbContext db)
{
    public async Task<object?> ResolveAsync(Caller caller, CancellationToken cancellationToken) => caller switch
    {
        EmployeeCaller employee => await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employee.EmployeeId, cancellationToken),
        EmployerUserCaller user => await db.EmployerUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == user.EmployerUserId, cancellationToken),
        ApiClientCaller client => await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == client.ApiClientId, cancellationToken),
        _ => null,
    };
}
