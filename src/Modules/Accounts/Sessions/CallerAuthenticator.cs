using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Sessions;

/// <summary>
/// Resolves a bearer token to a caller with one indexed read: a session token (`vzs_…`) of an employee or an
/// employer user, or an API key (`vzk_…`). Ended, idle, expired, revoked and deactivated all mean "not valid".
/// </summary>
internal sealed class CallerAuthenticator(AccountsDbContext db, SessionLifetime lifetime, TimeProvider clock) : ICallerAuthenticator
{
    public Task<Caller?> AuthenticateAsync(string bearerToken, CancellationToken cancellationToken)
    {
        if (SecretToken.HasShape(bearerToken, TokenPrefixes.Session))
        {
            return FromSessionAsync(SecretToken.Hash(bearerToken), cancellationToken);
        }
        if (SecretToken.HasShape(bearerToken, TokenPrefixes.ApiKey))
        {
            return FromApiKeyAsync(SecretToken.Hash(bearerToken), cancellationToken);
        }
        return Task.FromResult<Caller?>(null);
    }

    private async Task<Caller?> FromSessionAsync(byte[] tokenHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - lifetime.Idle;
        var found = await (
            from session in db.Sessions
            join account in db.Accounts on session.AccountId equals account.Id
            join user in db.EmployerUsers on account.EmployerUserId equals user.Id into users
            from user in users.DefaultIfEmpty()
            where session.TokenHash == tokenHash && session.EndedAt == null && session.ExpiresAt > now
                && session.LastSeenAt > idleSince && account.DisabledAt == null
            select new { session.Id, session.State, session.LastSeenAt, account.EmployerId, AccountId = account.Id, account.EmployeeId, account.EmployerUserId, Role = (EmployerRole?)user.Role })
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        if (now - found.LastSeenAt > lifetime.TouchInterval)
        {
            await db.Sessions.Where(s => s.Id == found.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }
        return found switch
        {
            { EmployeeId: { } employeeId } => new EmployeeCaller(found.EmployerId, employeeId, found.AccountId, found.Id, found.State),
            { EmployerUserId: { } userId, Role: { } role } => new EmployerUserCaller(found.EmployerId, userId, role, found.AccountId, found.Id, found.State),
            _ => null,
        };
    }

    private async Task<Caller?> FromApiKeyAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.AsNoTracking()
            .Where(c => c.KeyHash == keyHash && c.RevokedAt == null)
            .Select(c => new { c.Id, c.EmployerId, c.ScopeNames })
            .FirstOrDefaultAsync(cancellationToken);
        return client is null
            ? null
            : new ApiClientCaller(client.EmployerId, client.Id, client.ScopeNames.Select(Enum.Parse<ApiScope>).ToHashSet());
    }
}
