using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Notices;
using Verzuim.SecondFactor.RecoveryCodes;

namespace Verzuim.SecondFactor.Factors;

internal sealed record EnrollmentPayload(Factor? Factor, SessionGrant? Session, IReadOnlyList<string>? RecoveryCodes, IReadOnlyList<UserError> Errors) : IPayload
{
    public static EnrollmentPayload Failed(UserError error) => new(null, null, null, [error]);
}

/// <summary>
/// What follows any confirmed factor: the first one brings ten recovery codes (shown once); the holder gets a notice;
/// every other session of the account ends; and a session that had to set up a factor becomes full, with a new token.
/// </summary>
internal sealed class EnrollmentCompletion(SecondFactorDbContext db, RecoveryCodeIssuer recoveryCodes, FactorNotices notices, IAccountSessions sessions)
{
    public async Task<EnrollmentPayload> CompleteAsync(SessionCaller caller, Factor factor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(caller.AccountId, cancellationToken);
        if (await db.Factors.AsNoTracking().AnyAsync(f => f.Id == factor.Id && f.ConfirmedAt != null, cancellationToken))
        {
            // A double submission: the first request has confirmed this factor and shown its recovery codes.
            return EnrollmentPayload.Failed(UserError.For(SecondFactorErrorCodes.AlreadyConfirmed, "This factor has already been set up."));
        }
        var first = !await db.Factors.AnyAsync(f => f.AccountId == caller.AccountId && f.Id != factor.Id && f.ConfirmedAt != null && f.RemovedAt == null, cancellationToken)
            && !await db.RecoveryCodes.AnyAsync(c => c.AccountId == caller.AccountId && c.UsedAt == null, cancellationToken);
        var codes = first ? await recoveryCodes.ReplaceAsync(caller.AccountId, cancellationToken) : null;
        await notices.FactorAddedAsync(caller.AccountId, factor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        await sessions.EndOthersAsync(caller.SessionId, cancellationToken);
        var session = caller.SessionState == SessionState.PendingEnrollment
            ? await sessions.CompleteSecondFactorAsync(caller.SessionId, cancellationToken)
            : null;
        return new EnrollmentPayload(factor, session, codes, []);
    }
}
