using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Employees;
using Verzuim.Accounts.Employers;
using Verzuim.Accounts.Invitations;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

/// <summary>`node(id:)` for the Accounts types, each scoped as its list is: an employee sees only themselves.</summary>
internal static class AccountsNodes
{
    public static IEnumerable<NodeResolver> All { get; } =
    [
        new(EmployeeType.TypeName, async (services, id, caller, ct) => caller switch
        {
            EmployeeCaller self when self.EmployeeId == id => await Db(services).Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct),
            EmployerUserCaller or ApiClientCaller when Access.EmployerUsers().OrApiClientsWith(ApiScope.EmployeesRead).Admits(caller) =>
                await services.GetRequiredService<EmployeeQueries>().ByIdAsync(caller.EmployerId!.Value, id, ct),
            _ => null,
        }),
        new(InvitationType.TypeName, async (services, id, caller, ct) =>
            caller is EmployerUserCaller or ApiClientCaller && Access.EmployerUsers().OrApiClientsWith(ApiScope.InvitationsWrite).Admits(caller)
                ? await services.GetRequiredService<InvitationQueries>().ByIdAsync(caller.EmployerId!.Value, id, ct)
                : null),
        new(EmployerUserType.TypeName, async (services, id, caller, ct) => caller switch
        {
            EmployerUserCaller user when user.EmployerUserId == id || user.Role == EmployerRole.Hr =>
                await Db(services).EmployerUsers.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.EmployerId == user.Employer, ct),
            _ => null,
        }),
        new(ApiClientType.TypeName, async (services, id, caller, ct) =>
            caller is EmployerUserCaller { Role: EmployerRole.Hr } || (caller is ApiClientCaller client && client.ApiClientId == id)
                ? await Db(services).ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EmployerId == caller.EmployerId, ct)
                : null),
        new(EmployerType.TypeName, async (services, id, caller, ct) =>
            caller.EmployerId == id ? await services.GetRequiredService<EmployerLookup>().GetAsync(id, ct) : null),
    ];

    private static AccountsDbContext Db(IServiceProvider services) => services.GetRequiredService<AccountsDbContext>();
}
