using Microsoft.Extensions.Configuration;
using Verzuim.Absence.Data;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Email;
using Verzuim.Dates;

namespace Verzuim.Absence.Notifications;

/// <summary>Where HR follows absence reports (`Absence:EmployerPortalUrl`, or the portal itself).</summary>
internal sealed record EmployerPortalLink(Uri Value)
{
    public static EmployerPortalLink From(IConfiguration configuration)
    {
        var url = configuration["Absence:EmployerPortalUrl"] is { Length: > 0 } configured ? configured
            : configuration["Web:PublicBaseUrl"] is { Length: > 0 } portal ? portal : "http://localhost:5000";
        return new EmployerPortalLink(new Uri(url));
    }
}

/// <summary>
/// Tells the employer's HR users that an employee reported sick or recovered. The mail says only that there is a new
/// report and where to look: no name, no dates, nothing about health. The employee who reported gets a confirmation:
/// the fact and its date, nothing more, and whom to ask if it was not them. Both are queued in the module's outbox in
/// the same transaction as the report, so a report and its mails never disagree.
/// </summary>
internal sealed class ReportNotices(EmailOutbox<AbsenceDbContext> outbox, IAccountDirectory accounts, EmployerPortalLink link)
{
    public const string Subject = "Nieuwe verzuimmelding";

    public async Task QueueAsync(Guid employerId, CancellationToken cancellationToken)
    {
        foreach (var address in await accounts.HrAddressesAsync(employerId, cancellationToken))
        {
            outbox.Enqueue(new EmailBody()
                .Paragraph("Hallo,")
                .Paragraph("Er is een nieuwe verzuimmelding van een medewerker. Log in om de melding te bekijken.")
                .Button("Naar de meldingen", link.Value)
                .ToMessage(address, Subject));
        }
    }

    public const string SickConfirmationSubject = "Je ziekmelding is ontvangen";
    public const string RecoveryConfirmationSubject = "Je herstelmelding is ontvangen";

    public Task ConfirmSickAsync(EmployeeCaller employee, DateOnly firstDay, CancellationToken cancellationToken) =>
        ConfirmAsync(employee, SickConfirmationSubject, $"We hebben je ziekmelding ontvangen. Je eerste ziektedag: {DutchDates.Format(firstDay)}.", cancellationToken);

    public Task ConfirmRecoveredAsync(EmployeeCaller employee, DateOnly recoveredOn, bool partly, CancellationToken cancellationToken) =>
        ConfirmAsync(employee, RecoveryConfirmationSubject, partly
            ? $"We hebben je gedeeltelijk herstel ontvangen, vanaf {DutchDates.Format(recoveredOn)}."
            : $"We hebben je herstelmelding ontvangen. Je eerste werkdag na herstel: {DutchDates.Format(recoveredOn)}.", cancellationToken);

    private async Task ConfirmAsync(EmployeeCaller employee, string subject, string fact, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(employee.AccountId, cancellationToken) is not { } holder)
        {
            return;
        }
        outbox.Enqueue(new EmailBody()
            .Paragraph("Hallo,")
            .Paragraph(fact)
            .Paragraph("Heb je dit niet zelf gedaan? Neem dan contact op met je werkgever.")
            .ToMessage(holder.Email, subject));
    }

    /// <summary>Call after the commit, so the mail leaves at once.</summary>
    public void Committed() => outbox.NotifyCommitted();
}
