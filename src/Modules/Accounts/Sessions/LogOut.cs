using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Sessions;

internal sealed record LogoutPayload(bool Success, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Ends the caller's session for real: the token stops working at once, everywhere.</summary>
internal sealed class LogOut(AccountsDbContext db, TimeProvider clock)
{
    public async Task<LogoutPayload> HandleAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.Sessions.Where(s => s.Id == caller.SessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        return new LogoutPayload(true, []);
    }
}
