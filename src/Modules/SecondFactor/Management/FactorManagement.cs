using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Notices;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.RecoveryCodes;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.Management;

internal sealed record FactorPayload(Factor? Factor, IReadOnlyList<UserError> Errors) : IPayload;

internal sealed record RecoveryCodesPayload(IReadOnlyList<string>? RecoveryCodes, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// The holder's own changes to their factors: rename, remove, new recovery codes. Each needs a login check at most ten
/// minutes old and sends a notice. Removing a factor or renewing the codes also ends the account's other sessions;

/// the last factor the employer allows can never be removed.
/// </summary>
internal sealed class FactorManagement(
    SecondFactorDbContext db, FactorChangeCheck changeCheck, EmployerPolicies policies, RecoveryCodeIssuer recoveryCodes,
    FactorNotices notices, IAccountSessions sessions, TimeProvider clock)
{
    public async Task<FactorPayload> RenameAsync(SessionCaller caller, string factorId, string name, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return new FactorPayload(null, [refusal]);
        }
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return new FactorPayload(null, [UserError.For(ErrorCodes.Required, "Give the factor a name.", "input", "name")]);
        }
        if (trimmed.Length > Factor.MaxNameLength)
        {
            return new FactorPayload(null, [UserError.For(ErrorCodes.TooLong, $"A name takes at most {Factor.MaxNameLength} characters.", "input", "name")]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(caller.AccountId, cancellationToken);
        if (await FindActiveAsync(caller, factorId, cancellationToken) is not { } factor)
        {
            return new FactorPayload(null, [NotFound()]);
        }
        var oldName = factor.Name;
        if (oldName != trimmed)
        {
            factor.Rename(trimmed);
            await notices.FactorRenamedAsync(caller.AccountId, factor, oldName, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            notices.Committed();
        }
        return new FactorPayload(factor, []);
    }

    public async Task<FactorPayload> RemoveAsync(SessionCaller caller, string factorId, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return new FactorPayload(null, [refusal]);
        }
        var allowed = (await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).AllowedMethods.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(caller.AccountId, cancellationToken);
        if (await FindActiveAsync(caller, factorId, cancellationToken) is not { } factor)
        {
            return new FactorPayload(null, [NotFound()]);
        }
        var othersLeft = await db.Factors.AnyAsync(f => f.AccountId == caller.AccountId && f.Id != factor.Id
            && f.ConfirmedAt != null && f.RemovedAt == null && allowed.Contains(f.Method), cancellationToken);
        if (!othersLeft)
        {
            return new FactorPayload(null, [UserError.For(SecondFactorErrorCodes.LastFactor,
                "This is your last second factor that your employer allows. Add another one before you remove it.", "input", "factorId")]);
        }
        factor.Remove(clock.GetUtcNow());
        await notices.FactorRemovedAsync(caller.AccountId, factor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        await sessions.EndOthersAsync(caller.SessionId, cancellationToken);
        return new FactorPayload(factor, []);
    }

    public async Task<RecoveryCodesPayload> RenewRecoveryCodesAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return new RecoveryCodesPayload(null, [refusal]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(caller.AccountId, cancellationToken);
        var codes = await recoveryCodes.ReplaceAsync(caller.AccountId, cancellationToken);
        await notices.RecoveryCodesRenewedAsync(caller.AccountId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        await sessions.EndOthersAsync(caller.SessionId, cancellationToken);
        return new RecoveryCodesPayload(codes, []);
    }

    /// <summary>One of the caller's own active factors; someone else's id, a removed factor or a malformed id all give null.</summary>
    private async Task<Factor?> FindActiveAsync(SessionCaller caller, string factorId, CancellationToken cancellationToken) =>
        Guid.TryParse(factorId, out var id)
            ? await db.Factors.SingleOrDefaultAsync(f => f.Id == id && f.AccountId == caller.AccountId && f.ConfirmedAt != null && f.RemovedAt == null, cancellationToken)
            : null;

    private static UserError NotFound() => UserError.For(ErrorCodes.NotFound, "You have no second factor with this id.", "input", "factorId");
}

internal sealed class SecondFactorIdInput
{
    public string FactorId { get; init; } = "";
}

internal sealed class RenameSecondFactorInput
{
    public string FactorId { get; init; } = "";
    public string Name { get; init; } = "";
}
