using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.SecurityKeys;

/// <summary>Keeps ceremonies server-side and hands each out once: the first use wins, also under concurrency.</summary>
internal sealed class WebAuthnChallenges(SecondFactorDbContext db, TimeProvider clock)
{
    public async Task StartAsync(SessionCaller caller, bool forRegistration, string optionsJson, CancellationToken cancellationToken)
    {
        db.WebAuthnChallenges.Add(WebAuthnChallenge.Start(caller.AccountId, caller.SessionId, forRegistration, optionsJson, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>The options of the newest open ceremony of this kind for this session, now used up; null when there is none.</returns>
    public async Task<string?> TakeAsync(SessionCaller caller, bool forRegistration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var challenge = await db.WebAuthnChallenges.AsNoTracking()
            .Where(c => c.SessionId == caller.SessionId && c.ForRegistration == forRegistration && c.UsedAt == null && c.ExpiresAt > now)
            .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (challenge is null)
        {
            return null;
        }
        var taken = await db.WebAuthnChallenges.Where(c => c.Id == challenge.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), cancellationToken);
        return taken == 1 ? challenge.OptionsJson : null;
    }
}
