using Microsoft.Extensions.Configuration;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Email;
using Verzuim.Dates;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Notices;

/// <summary>The portal page where the holder sees and changes their second factors (under `Web:PublicBaseUrl`).</summary>
internal sealed record ManagePageLink(Uri Value)
{
    public static ManagePageLink From(IConfiguration configuration)
    {
        var portal = configuration["Web:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://localhost:5000";
        return new ManagePageLink(new Uri(new Uri(portal.TrimEnd('/') + "/"), "tweestapsverificatie/beheren"));
    }
}

/// <summary>
/// The e-mail that follows every change to how an account logs in (SECURITY, "Second factor"), so that a change the
/// holder did not make does not go unnoticed. It is queued in the module's outbox: it leaves only if the change commits.
/// </summary>
internal sealed class FactorNotices(EmailOutbox<SecondFactorDbContext> outbox, IAccountDirectory accounts, ManagePageLink managePage, TimeProvider clock)
{
    public Task FactorAddedAsync(Guid accountId, Factor factor, CancellationToken cancellationToken) =>
        QueueAsync(accountId, $"Er is een {MethodName(factor.Method)} toegevoegd: ‘{factor.Name}’.", cancellationToken);

    public Task FactorRenamedAsync(Guid accountId, Factor factor, string oldName, CancellationToken cancellationToken) =>
        QueueAsync(accountId, $"De naam van je {MethodName(factor.Method)} ‘{oldName}’ is gewijzigd in ‘{factor.Name}’.", cancellationToken);

    public Task FactorRemovedAsync(Guid accountId, Factor factor, CancellationToken cancellationToken) =>
        QueueAsync(accountId, $"Je {MethodName(factor.Method)} ‘{factor.Name}’ is verwijderd. Je kunt er niet meer mee inloggen.", cancellationToken);

    public Task RecoveryCodesRenewedAsync(Guid accountId, CancellationToken cancellationToken) =>
        QueueAsync(accountId, "Er zijn nieuwe herstelcodes gemaakt. Je oude herstelcodes werken niet meer.", cancellationToken);

    public Task ResetByEmployerAsync(Guid accountId, CancellationToken cancellationToken) =>
        QueueAsync(accountId, "Je werkgever heeft je tweestapsverificatie opnieuw ingesteld. Je bent overal uitgelogd; "
            + "de volgende keer dat je inlogt, stel je een nieuwe methode in.", cancellationToken);

    /// <summary>Says only that the second step is locked and until when: no code, no method, no address of the guesser.</summary>
    public async Task SecondStepLockedAsync(Guid accountId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(accountId, cancellationToken) is not { } holder)
        {
            return;
        }
        outbox.Enqueue(new EmailBody()
            .Paragraph("Hallo,")
            .Paragraph("Bij het inloggen op je account in het werknemerportaal is te vaak een verkeerde code of sleutel gebruikt. "
                + $"Daarom kan er tot {DutchDates.Format(until)} om {DutchDates.FormatTime(until)} niet worden ingelogd op je account.")
            .Paragraph("Was jij dit niet? Dan kent iemand anders misschien je wachtwoord. Kies een nieuw wachtwoord via "
                + "‘Wachtwoord vergeten’ op de inlogpagina, en neem contact op met je werkgever. Je werkgever kan je "
                + "tweestapsverificatie ook opnieuw instellen, zodat je eerder weer kunt inloggen.")
            .ToMessage(holder.Email, "Inloggen op je account is tijdelijk geblokkeerd"));
    }

    /// <summary>Call after the commit, so the mail leaves at once.</summary>
    public void Committed() => outbox.NotifyCommitted();

    private async Task QueueAsync(Guid accountId, string whatChanged, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(accountId, cancellationToken) is not { } holder)
        {
            return;
        }
        var now = clock.GetUtcNow();
        outbox.Enqueue(new EmailBody()
            .Paragraph("Hallo,")
            .Paragraph($"Op {DutchDates.Format(now)} om {DutchDates.FormatTime(now)} is je tweestapsverificatie voor het werknemerportaal gewijzigd.")
            .Paragraph(whatChanged)
            .Paragraph("Heb je dit niet zelf gedaan? Wijzig dan meteen je wachtwoord en neem contact op met je werkgever.")
            .Button("Naar je tweestapsverificatie", managePage.Value)
            .ToMessage(holder.Email, "Je tweestapsverificatie is gewijzigd"));
    }

    private static string MethodName(SecondFactorMethod method) => method switch
    {
        SecondFactorMethod.SecurityKey => "beveiligingssleutel",
        SecondFactorMethod.AuthenticatorApp => "authenticator-app",
        _ => "sms-nummer",
    };
}
