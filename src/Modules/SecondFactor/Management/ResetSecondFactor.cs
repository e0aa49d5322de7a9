using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Notices;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.Management;

internal sealed record ResetPayload(int? FactorsRemoved, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// For an employee who lost every factor and every recovery code: HR removes them all. Every session of the employee
/// ends, so whoever holds a lost phone or key is out too, a lock on the second step ends, and the next login sets up a
/// new factor. The employee gets
/// a notice and the reset is recorded as a security event with the HR user's id.
/// </summary>
internal sealed class ResetSecondFactor(
    SecondFactorDbContext db, IAccountDirectory accounts, IAccountSessions sessions, SecondStepLockout lockout, FactorNotices notices, TimeProvider clock)
{
    public async Task<ResetPayload> HandleAsync(EmployerUserCaller caller, string employeeId, CancellationToken cancellationToken)
    {
        var accountId = GlobalId.TryDecode(employeeId, AccountTypeNames.Employee, out var id)
            ? await accounts.AccountOfEmployeeAsync(caller.Employer, id, cancellationToken)
            : null;
        if (accountId is not { } account)
        {
            return new ResetPayload(null, [UserError.For(ErrorCodes.NotFound, "There is no registered employee with this id.", "input", "employeeId")]);
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(account, cancellationToken);
        var factors = await db.Factors.Where(f => f.AccountId == account && f.RemovedAt == null).ToListAsync(cancellationToken);
        foreach (var factor in factors)
        {
            factor.Remove(now);
        }
        await db.RecoveryCodes.Where(c => c.AccountId == account && c.UsedAt == null).ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), cancellationToken);
        await lockout.ReleaseAsync(account, cancellationToken);
        db.SecurityEvents.Add(SecurityEvent.Of(SecurityEvent.ResetByEmployer, account, null, now, caller.EmployerUserId));
        await notices.ResetByEmployerAsync(account, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        await sessions.EndAllAsync(account, cancellationToken);
        return new ResetPayload(factors.Count(f => f.ConfirmedAt is not null), []);
    }
}

internal sealed class ResetSecondFactorInput
{
    public string EmployeeId { get; init; } = "";
}
