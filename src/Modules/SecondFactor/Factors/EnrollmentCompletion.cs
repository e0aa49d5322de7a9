using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
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
/// The session steps belong to Accounts and run after this module's commit; <see cref="UnfinishedEnrollment"/> keeps
/// them, with the codes, until they ran.
/// </summary>
internal sealed class EnrollmentCompletion(
    SecondFactorDbContext db, RecoveryCodeIssuer recoveryCodes, FactorNotices notices, IAccountSessions sessions, IOptions<SecondFactorOptions> keys,
    TimeProvider clock)
{
    public async Task<EnrollmentPayload> CompleteAsync(SessionCaller caller, Factor factor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
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
        await db.UnfinishedEnrollments.Where(u => u.SessionId == caller.SessionId || u.CreatedAt < now - UnfinishedEnrollment.KeptFor).ExecuteDeleteAsync(cancellationToken);
        db.UnfinishedEnrollments.Add(UnfinishedEnrollment.For(caller.SessionId, caller.AccountId, factor.Id, codes is null ? null : Seal(codes, caller.SessionId), now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        return await FinishAsync(caller, factor, codes, cancellationToken);
    }

    /// <summary>
    /// When this session confirmed a factor but its session steps did not run (the process stopped in between), runs
    /// them now and answers as the first confirmation would have, recovery codes included; otherwise null.
    /// </summary>
    public async Task<EnrollmentPayload?> ResumeAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - UnfinishedEnrollment.KeptFor;
        var unfinished = await db.UnfinishedEnrollments.AsNoTracking()
            .SingleOrDefaultAsync(u => u.SessionId == caller.SessionId && u.AccountId == caller.AccountId && u.CreatedAt >= cutoff, cancellationToken);
        if (unfinished is null)
        {
            return null;
        }
        var factor = await db.Factors.AsNoTracking().SingleAsync(f => f.Id == unfinished.FactorId, cancellationToken);
        var codes = unfinished.SealedRecoveryCodes is { } sealedCodes ? Open(sealedCodes, caller.SessionId) : null;
        return await FinishAsync(caller, factor, codes, cancellationToken);
    }

    private async Task<EnrollmentPayload> FinishAsync(SessionCaller caller, Factor factor, IReadOnlyList<string>? codes, CancellationToken cancellationToken)
    {
        await sessions.EndOthersAsync(caller.SessionId, cancellationToken);
        var session = caller.SessionState == SessionState.PendingEnrollment
            ? await sessions.CompleteSecondFactorAsync(caller.SessionId, cancellationToken)
            : null;
        await db.UnfinishedEnrollments.Where(u => u.SessionId == caller.SessionId).ExecuteDeleteAsync(cancellationToken);
        return new EnrollmentPayload(factor, session, codes, []);
    }

    private byte[] Seal(IReadOnlyList<string> codes, Guid sessionId) =>
        Sealed.Seal(Convert.FromBase64String(keys.Value.SecretKey), Encoding.UTF8.GetBytes(string.Join('\n', codes)), sessionId);

    private string[] Open(byte[] sealedCodes, Guid sessionId) =>
        Encoding.UTF8.GetString(Sealed.Open(Convert.FromBase64String(keys.Value.SecretKey), sealedCodes, sessionId)).Split('\n');
}
