using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.SecondFactor.Data;

internal static class AccountLock
{
    /// <summary>
    /// Serialises changes to one account's factors until the transaction ends, so that of two concurrent requests the
    /// second sees what the first did: two removals cannot together take away the last factor, and a double-submitted
    /// confirmation cannot hand out two sets of recovery codes. Call inside a transaction.
    /// </summary>
    public static Task LockAccountAsync(this SecondFactorDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        db.LockUntilCommitAsync($"second_factor:{accountId:N}", cancellationToken);
}
