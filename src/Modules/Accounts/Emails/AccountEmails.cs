using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Email;
using Verzuim.Dates;

namespace Verzuim.Accounts.Emails;

/// <summary>The Dutch mails of the Accounts module. They carry a first name and a link, never health information.</summary>
internal static class AccountEmails
{
    public static EmailMessage Invitation(string to, string firstName, string employerName, Uri link, DateTimeOffset expiresAt) =>
        new EmailBody()
            .Paragraph($"Beste {firstName},")
            .Paragraph($"{employerName} nodigt je uit voor het werknemerportaal. Daar meld je je ziek en weer beter, en volg je je re-integratiedossier.")
            .Paragraph("Maak je account aan met de knop hieronder. Je bevestigt dan dit e-mailadres en je geboortedatum, en kiest een wachtwoord.")
            .Button("Account aanmaken", link)
            .Paragraph($"Deze link werkt tot en met {DutchDates.Format(expiresAt)}. Heb je deze uitnodiging niet verwacht? Neem dan contact op met je werkgever.")
            .ToMessage(to, $"Uitnodiging voor het werknemerportaal van {employerName}");

    public static EmailMessage Reminder(string to, string firstName, string employerName, Uri link, DateTimeOffset expiresAt) =>
        new EmailBody()
            .Paragraph($"Beste {firstName},")
            .Paragraph($"{employerName} heeft je uitgenodigd voor het werknemerportaal, maar je account is nog niet aangemaakt.")
            .Button("Account aanmaken", link)
            .Paragraph($"Deze link werkt tot en met {DutchDates.Format(expiresAt)}.")
            .ToMessage(to, $"Herinnering: maak je account aan voor het werknemerportaal van {employerName}");

    public static EmailMessage PasswordReset(string to, Uri link) =>
        new EmailBody()
            .Paragraph("Hallo,")
            .Paragraph("Je hebt gevraagd om een nieuw wachtwoord voor het werknemerportaal. Kies een nieuw wachtwoord met de knop hieronder. De link werkt 30 minuten en één keer.")
            .Button("Nieuw wachtwoord kiezen", link)
            .Paragraph("Heb je dit niet zelf gevraagd? Dan kun je dit bericht negeren; je wachtwoord blijft zoals het was.")
            .ToMessage(to, "Nieuw wachtwoord voor het werknemerportaal");

    public static EmailMessage Activation(string to, string name, string employerName, Uri link) =>
        new EmailBody()
            .Paragraph($"Beste {name},")
            .Paragraph($"Er is een account voor je aangemaakt om namens {employerName} met het verzuimportaal te werken.")
            .Paragraph("Kies je wachtwoord met de knop hieronder. De link werkt zeven dagen en één keer.")
            .Button("Wachtwoord kiezen", link)
            .ToMessage(to, $"Je account voor het verzuimportaal van {employerName}");

    public static EmailMessage PasswordChanged(string to, Uri loginLink) =>
        new EmailBody()
            .Paragraph("Hallo,")
            .Paragraph("Het wachtwoord van je account in het werknemerportaal is zojuist gewijzigd. Alle andere sessies zijn beëindigd.")
            .Paragraph("Heb je dit niet zelf gedaan? Vraag dan meteen een nieuw wachtwoord aan via de inlogpagina en neem contact op met je werkgever.")
            .Button("Naar de inlogpagina", loginLink)
            .ToMessage(to, "Je wachtwoord is gewijzigd");
}
