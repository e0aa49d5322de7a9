using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Invitations;

internal static class InvitationLocks
{
    /// <summary>
    /// Reads an invitation and locks its row until the transaction ends, so two requests about one invitation
    /// (two registrations, a validation and a resend) take turns and the second sees what the first did.
    /// </summary>
    public static Task<Invitation?> LockAsync(this DbSet<Invitation> invitations, Guid id, CancellationToken cancellationToken) =>
        invitations.FromSql($"SELECT * FROM accounts.invitations WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
}
