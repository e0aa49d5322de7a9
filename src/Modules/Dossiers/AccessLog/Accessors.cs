using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.AccessLog;

/// <summary>Names the person behind a caller for the access log and for what they write in a dossier.</summary>
internal sealed class Accessors(IAccountDirectory accounts)
{
    public async Task<Accessor> OfAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        var holder = await accounts.FindAsync(caller.AccountId, cancellationToken);
        var kind = caller switch
        {
            EmployeeCaller => AccessorKind.Employee,
            EmployerUserCaller { Role: EmployerRole.Hr } => AccessorKind.Hr,
            _ => AccessorKind.CaseManager,
        };
        return new Accessor(caller.AccountId, holder?.DisplayName ?? "", kind);
    }
}
