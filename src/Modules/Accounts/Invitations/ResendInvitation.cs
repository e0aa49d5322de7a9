using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.Invitations;

internal sealed record InvitationPayload(InvitationRow? Invitation, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Sends an invitation again with a new link and a new term. Earlier links stop working; a block is lifted.</summary>
internal sealed class ResendInvitation(AccountsDbContext db, InvitationMailer mailer, TimeProvider clock)
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
        var employee = await db.Employees.SingleAsync(e => e.Id == invitation.EmployeeId, cancellationToken);
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId, cancellationToken);
        invitation.Resend(employer.Settings, clock.GetUtcNow());
        mailer.SendInvitation(invitation, employee, employer.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mailer.Committed();
        return new InvitationPayload(new InvitationRow(invitation, employee), []);
    }
}

internal static class InvitationPayloads
{
    public static InvitationPayload NotFound() =>
        new(null, [UserError.For(ErrorCodes.NotFound, "No invitation with this id.", "input", "invitationId")]);

    public static InvitationPayload Closed(Invitation invitation) =>
        new(null, [UserError.For(AccountsErrorCodes.InvitationClosed,
            $"This invitation is {invitation.State.ToString().ToLowerInvariant()}; invite the employee again if needed.", "input", "invitationId")]);
}
