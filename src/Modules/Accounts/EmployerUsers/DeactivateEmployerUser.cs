using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Sessions;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.EmployerUsers;

/// <summary>Takes away an employer user's access at once: their login is disabled and their sessions end.</summary>
internal sealed class DeactivateEmployerUser(AccountsDbContext db, SessionIssuer sessions, TimeProvider clock)
{
    public async Task<EmployerUserPayload> HandleAsync(EmployerUserCaller caller, string employerUserId, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(employerUserId, EmployerUser.TypeName, out var id))
        {
            return NotFound();
        }
        if (id == caller.EmployerUserId)
        {
            return new EmployerUserPayload(null, [UserError.For(AccountsErrorCodes.CannotDeactivateSelf,
                "You cannot deactivate yourself; ask another HR user.", "input", "employerUserId")]);
        }
        var user = await db.EmployerUsers.SingleOrDefaultAsync(u => u.Id == id && u.EmployerId == caller.Employer, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.Deactivate(now);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.EmployerUserId == user.Id, cancellationToken);
        if (account is not null)
        {
            account.Disable(now);
            await sessions.EndAllAsync(account.Id, except: null, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EmployerUserPayload(user, []);
    }

    private static EmployerUserPayload NotFound() =>
        new(null, [UserError.For(ErrorCodes.NotFound, "No employer user with this id.", "input", "employerUserId")]);
}

internal sealed class EmployerUserIdInput
{
    public string EmployerUserId { get; init; } = "";
}
