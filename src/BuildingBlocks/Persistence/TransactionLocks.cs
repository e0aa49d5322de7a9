using Microsoft.EntityFrameworkCore;

namespace Verzuim.BuildingBlocks.Persistence;

public static class TransactionLocks
{
    /// <summary>
    /// Holds a PostgreSQL advisory lock on <paramref name="key"/> until the current transaction ends, so that work under
    /// the same key runs one at a time across every Host process. Call inside a transaction.
    /// </summary>
    public static Task LockUntilCommitAsync(this DbContext db, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
}
