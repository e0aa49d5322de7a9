using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Data;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Sessions;

/// <summary>The session operations the SecondFactor module relies on (Accounts.Contracts).</summary>
internal sealed class AccountSessions(AccountsDbContext db, SessionIssuer issuer, TimeProvider clock) : IAccountSessions
{
    public async Task<SessionGrant?> CompleteSecondFactorAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked, so two verifications racing for one session give one full session, not two.
        var pending = await db.Sessions.FromSql($"SELECT * FROM accounts.sessions WHERE id = {sessionId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (pending is null || pending.EndedAt is not null || pending.ExpiresAt <= now || pending.State == SessionState.Full)
        {
            return null;
        }
        pending.End(now);
        var grant = issuer.Start(pending.AccountId, SessionState.Full, loginCheckedAt: now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return grant;
    }

    public Task<DateTimeOffset?> LoginCheckedAtAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null).Select(s => s.LoginCheckedAt).SingleOrDefaultAsync(cancellationToken);

    public Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    public Task EndAllAsync(Guid accountId, CancellationToken cancellationToken) => issuer.EndAllAsync(accountId, except: null, cancellationToken);

    public async Task EndOthersAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var accountId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (Guid?)s.AccountId).SingleOrDefaultAsync(cancellationToken);
        if (accountId is { } id)
        {
            await issuer.EndAllAsync(id, except: sessionId, cancellationToken);
        }
    }
}
