using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Employers;

/// <summary>Employers read once per request, however many objects in the response point at the same one.</summary>
internal sealed class EmployerLookup(AccountsDbContext db)
{
    private readonly Dictionary<Guid, Employer> employers = [];

    public async Task<Employer> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!employers.TryGetValue(id, out var employer))
        {
            employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
            employers[id] = employer;
        }
        return employer;
    }
}
