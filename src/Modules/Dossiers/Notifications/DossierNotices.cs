using Microsoft.Extensions.Configuration;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Notifications;

/// <summary>Where the notices point: the portal for employees, the employer's own system for HR (`Dossiers:EmployerPortalUrl`).</summary>
internal sealed record NoticeLinks(Uri Portal, Uri EmployerPortal)
{
    public static NoticeLinks From(IConfiguration configuration)
    {
        var portal = configuration["Web:PublicBaseUrl"] is { Length: > 0 } configured ? configured : "http://localhost:5000";
        var employer = configuration["Dossiers:EmployerPortalUrl"] is { Length: > 0 } own ? own : portal;
        return new NoticeLinks(new Uri(portal), new Uri(employer));
    }

    public Uri DossierOf(Dossier dossier) => new(Portal, "dossiers/" + GlobalId.Encode(Dossier.TypeName, dossier.Id));
}

/// <summary>
/// Tells the other side that something happened in a dossier. The mail says only that, with a link: no title, no
/// name, nothing of the content. Queued in the module's outbox, in the transaction of the change.
/// </summary>
internal sealed class DossierNotices(EmailOutbox<DossiersDbContext> outbox, IAccountDirectory accounts, NoticeLinks links)
{
    public const string NewDocumentSubject = "Nieuw document in je dossier";
    public const string NewMessageSubject = "Nieuw bericht in je dossier";
    public const string EmployeeMessageSubject = "Nieuw bericht van een medewerker";
    public const string SignedSubject = "Een document is ondertekend";
    public const string ViewpointSubject = "Nieuwe zienswijze van een medewerker";

    public Task NewDocumentAsync(Dossier dossier, CancellationToken cancellationToken) =>
        ToEmployeeAsync(dossier, NewDocumentSubject, "Er staat een nieuw document in je dossier. Log in om het te bekijken.", cancellationToken);

    public Task MessageToEmployeeAsync(Dossier dossier, CancellationToken cancellationToken) =>
        ToEmployeeAsync(dossier, NewMessageSubject, "Je hebt een nieuw bericht in je dossier. Log in om het te lezen.", cancellationToken);

    public Task MessageToEmployerAsync(Dossier dossier, CancellationToken cancellationToken) =>
        ToHrAsync(dossier, EmployeeMessageSubject, "Een medewerker heeft een bericht gestuurd in zijn of haar dossier. Log in om het te lezen.", cancellationToken);

    public Task SignedAsync(Dossier dossier, CancellationToken cancellationToken) =>
        ToHrAsync(dossier, SignedSubject, "Een medewerker heeft een document in zijn of haar dossier ondertekend. Log in om het te bekijken.", cancellationToken);

    public Task ViewpointAsync(Dossier dossier, CancellationToken cancellationToken) =>
        ToHrAsync(dossier, ViewpointSubject, "Een medewerker heeft een zienswijze toegevoegd aan zijn of haar dossier. Log in om die te bekijken.", cancellationToken);

    /// <summary>Call after the commit, so the mail leaves at once.</summary>
    public void Committed() => outbox.NotifyCommitted();

    private async Task ToEmployeeAsync(Dossier dossier, string subject, string text, CancellationToken cancellationToken)
    {
        if (await accounts.AccountOfEmployeeAsync(dossier.EmployerId, dossier.EmployeeId, cancellationToken) is not { } accountId
            || await accounts.FindAsync(accountId, cancellationToken) is not { } holder)
        {
            return;
        }
        outbox.Enqueue(new EmailBody().Paragraph("Hallo,").Paragraph(text).Button("Naar je dossier", links.DossierOf(dossier)).ToMessage(holder.Email, subject));
    }

    private async Task ToHrAsync(Dossier dossier, string subject, string text, CancellationToken cancellationToken)
    {
        foreach (var address in await accounts.HrAddressesAsync(dossier.EmployerId, cancellationToken))
        {
            outbox.Enqueue(new EmailBody().Paragraph("Hallo,").Paragraph(text).Button("Naar de dossiers", links.EmployerPortal).ToMessage(address, subject));
        }
    }
}
