using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Employers;

/// <summary>The one way to list an employer's own rows (API clients, employer users): newest first, a page at a time.</summary>
internal sealed class EmployerRows(AccountsDbContext db)
{
    public async Task<PageOf<T>> NewestFirstAsync<T>(Func<AccountsDbContext, IQueryable<T>> rows, Guid employerId, Page page, CancellationToken cancellationToken)
        where T : class, IPageable, IEmployerOwned
    {
        var read = await rows(db).AsNoTracking().Where(row => row.EmployerId == employerId).ReadPageAsync(page, cancellationToken);
        return PageOf.From(read, page, row => (row.CreatedAt, row.Id));
    }
}
