using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Sessions;

/// <summary>Starts and ends sessions. A token is created fresh at every login and never reused.</summary>
internal sealed class SessionIssuer(AccountsDbContext db, SessionLifetime lifetime, TimeProvider clock)
{
    /// <summary>Adds a session to the unit of work; it exists once the caller saves.</summary>
    public SessionGrant Start(Guid accountId, SessionState state, DateTimeOffset? loginCheckedAt = null, DateTimeOffset? endsAt = null)
    {
        var token = SecretToken.Create(TokenPrefixes.Session);
        var session = Session.Start(accountId, SecretToken.Hash(token), state, lifetime, clock.GetUtcNow(), loginCheckedAt, endsAt);
        db.Sessions.Add(session);
        return new SessionGrant(token, state, session.ExpiresAt);
    }

    /// <summary>Ends every live session of an account but one (after a password change, the one that changed it).</summary>
    public Task<int> EndAllAsync(Guid accountId, Guid? except, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Sessions
            .Where(s => s.AccountId == accountId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }
}
