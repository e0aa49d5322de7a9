using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Email;

namespace Verzuim.Accounts.Invitations;

/// <summary>Gives an invitation a new link and queues the mail that carries it, in the caller's unit of work.</summary>
internal sealed class InvitationMailer(AccountsDbContext db, EmailOutbox<AccountsDbContext> outbox, PortalLinks links, TimeProvider clock)
{
    /// <returns>The link in the mail; only the operator's demo set-up shows it anywhere else.</returns>
    public Uri SendInvitation(Invitation invitation, Employee employee, string employerName)
    {
        var link = IssueLink(invitation);
        outbox.Enqueue(AccountEmails.Invitation(employee.Email, employee.FirstName, employerName, link, invitation.ExpiresAt));
        return link;
    }

    public void SendReminder(Invitation invitation, Employee employee, string employerName) =>
        outbox.Enqueue(AccountEmails.Reminder(employee.Email, employee.FirstName, employerName, IssueLink(invitation), invitation.ExpiresAt));

    /// <summary>Call after the commit: wakes the outbox so the mail leaves at once.</summary>
    public void Committed() => outbox.NotifyCommitted();

    private Uri IssueLink(Invitation invitation)
    {
        var token = SecretToken.Create(TokenPrefixes.Invitation);
        db.InvitationTokens.Add(InvitationToken.For(invitation, SecretToken.Hash(token), clock.GetUtcNow()));
        return links.Invitation(token);
    }
}
