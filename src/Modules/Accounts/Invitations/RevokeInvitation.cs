using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.Invitations;

/// <summary>Withdraws an invitation: its links stop working at once and no reminder follows.</summary>
internal sealed class RevokeInvitation(AccountsDbContext db, TimeProvider clock)
{
    public async Task<InvitationPayload> HandleAsync(Guid employerId, string invitationId, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(invitationId, Invitation.TypeName, out var id))
        {
            return InvitationPayloads.NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await db.Invitations.LockAsync(id, cancellationToken);
        if (invitation is null || invitation.EmployerId != employerId)
        {
            return InvitationPayloads.NotFound();
        }
        if (invitation.State is not (InvitationState.Open or InvitationState.Blocked))
        {
            return InvitationPayloads.Closed(invitation);
        }
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var employee = await db.Employees.SingleAsync(e => e.Id == invitation.EmployeeId, cancellationToken);
        return new InvitationPayload(new InvitationRow(invitation, employee), []);
    }
}
