using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Invitations;

/// <summary>Reads invitations, always within one employer; the status filter follows the same rules as <see cref="Invitation.StatusAt"/>.</summary>
internal sealed class InvitationQueries(AccountsDbContext db, TimeProvider clock)
{
    public async Task<PageOf<InvitationRow>> ListAsync(Guid employerId, Page page, InvitationStatus? status, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invitations = db.Invitations.AsNoTracking().Where(i => i.EmployerId == employerId);
        invitations = status switch
        {
            InvitationStatus.Pending => invitations.Where(i => i.State == InvitationState.Open && i.ExpiresAt > now && i.RemindersSent == 0),
            InvitationStatus.Reminded => invitations.Where(i => i.State == InvitationState.Open && i.ExpiresAt > now && i.RemindersSent > 0),
            InvitationStatus.Expired => invitations.Where(i => (i.State == InvitationState.Open && i.ExpiresAt <= now) || i.State == InvitationState.Expired),
            InvitationStatus.Registered => invitations.Where(i => i.State == InvitationState.Registered),
            InvitationStatus.Revoked => invitations.Where(i => i.State == InvitationState.Revoked),
            InvitationStatus.Blocked => invitations.Where(i => i.State == InvitationState.Blocked),
            _ => invitations,
        };
        var rows = await invitations.ReadPageAsync(page, cancellationToken);
        var employeeIds = rows.Select(i => i.EmployeeId).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking().Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        return PageOf.From(rows.Select(i => new InvitationRow(i, employees[i.EmployeeId])).ToList(), page,
            row => (row.Invitation.CreatedAt, row.Invitation.Id));
    }

    public async Task<InvitationRow?> ByIdAsync(Guid employerId, Guid id, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.EmployerId == employerId, cancellationToken);
        return invitation is null
            ? null
            : new InvitationRow(invitation, await db.Employees.AsNoTracking().SingleAsync(e => e.Id == invitation.EmployeeId, cancellationToken));
    }
}
