using System.Text;
using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>
/// The browser test: HR publishes a plan van aanpak over GraphQL; the employee sees it counted on the
/// dashboard, opens, downloads and signs it, and finds HR's read in "Wie heeft mijn dossier bekeken", their own reads on request.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DossierInTheBrowserTests(PortalFixture portal) : BrowserTest(portal)
{
    protected override BrowserNewContextOptions ContextOptions => new() { Locale = "nl-NL", AcceptDownloads = true };

    [Fact]
    public async Task HR_publishes_a_plan_the_employee_sees_it_counted_opens_downloads_and_signs_it_and_finds_HR_reads_listed_and_their_own_on_request()
    {
        var (employer, employee, dossierId) = await Portal.SickEmployeeAsync();
        var plan = Encoding.ASCII.GetBytes("%PDF-1.7\n% plan van aanpak\n" + new string('x', 40_000));
        await Portal.PublishAsync(employer, dossierId, "plan-van-aanpak", "Plan van aanpak", plan, "plan-van-aanpak.pdf");

        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        var counts = await Page.GetByTestId("dossier-counts").InnerTextAsync();
        counts.ShouldContain("1 nieuw document");
        counts.ShouldContain("1 document wacht op je reactie");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Naar je dossier" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Dossier vanaf" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Plan van aanpak" }).WaitForAsync();
        (await Page.GetByTestId("document-state").InnerTextAsync()).ShouldContain("wacht op je akkoord");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Downloaden" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("plan-van-aanpak.pdf");
        var saved = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).ShouldBe(plan);
        File.Delete(saved);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Akkoord geven" }).ClickAsync();
        (await Page.Locator(".field-error").InnerTextAsync()).ShouldContain("Vink het vakje aan");
        await Page.GetByLabel("Opmerking (optioneel)").FillAsync("Graag de eerste twee weken halve dagen.");
        await Page.GetByLabel("Ik ga akkoord met dit document").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Akkoord geven" }).ClickAsync();

        await Page.ArriveAtAsync("**?melding=gereageerd");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Je reactie is vastgelegd.");
        (await Page.GetByTestId("document-state").InnerTextAsync()).ShouldContain("akkoord gegeven op " + Verzuim.Dates.DutchDates.Today(Portal.Clock).ToString("dd-MM-yyyy"));
        (await Page.GetByRole(AriaRole.Button, new() { Name = "Akkoord geven" }).CountAsync()).ShouldBe(0);
        await Portal.Api.Smtp.WaitForMailAsync(employer.HrEmail, "Een document is ondertekend");

        await employer.AsHr("query($id: ID!) { dossier(id: $id) { documents { id } } }", new { id = dossierId });
        await Page.OpenAsync(Portal.Web.BaseUrl + "/dossiers/inzage");
        var byOthers = await Page.GetByTestId("access-log").InnerTextAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ook mijn eigen inzagen tonen" }).ClickAsync();
        await Page.ArriveAtAsync("**/dossiers/inzage?eigen=ja");
        var log = await Page.GetByTestId("access-log").InnerTextAsync();
        byOthers.ShouldContain("namens je werkgever");
        byOthers.ShouldNotContain("jij");
        byOthers.ShouldNotContain("document geopend: Plan van aanpak");
        log.ShouldContain("document geopend: Plan van aanpak");
        log.ShouldContain("dossier bekeken: documenten");
        log.ShouldContain("namens je werkgever");
        await Page.OpenAsync(Portal.Web.BaseUrl + "/");
        (await Page.GetByRole(AriaRole.Region, new() { Name = "Je dossier" }).InnerTextAsync()).ShouldContain("Niets nieuws.");
    }

    [Fact]
    public async Task The_employee_sends_a_message_follows_the_timeline_and_uploads_a_zienswijze_which_HR_receives()
    {
        var (employer, employee, dossierId) = await Portal.SickEmployeeAsync();
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        await Page.OpenAsync($"{Portal.Web.BaseUrl}/dossiers/{dossierId}?tab=berichten");
        await Page.GetByLabel("Nieuw bericht aan je casemanager").FillAsync("Kan het gesprek op dinsdag?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
        await Page.ArriveAtAsync("**melding=bericht");
        (await Page.Locator(".messages").InnerTextAsync()).ShouldContain("Kan het gesprek op dinsdag?");
        await Portal.Api.Smtp.WaitForMailAsync(employer.HrEmail, "Nieuw bericht van een medewerker");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tijdlijn" }).ClickAsync();
        await Page.Locator("nav.tabs a[aria-current=page]", new() { HasText = "Tijdlijn" }).WaitForAsync();
        var timeline = await Page.Locator("ol.history").InnerTextAsync();
        timeline.ShouldContain(Verzuim.Dates.DutchDates.Today(Portal.Clock).ToString("dd-MM-yyyy") + ": ziekgemeld");
        timeline.ShouldContain("bericht van jou");
        timeline.ShouldContain("Plan van aanpak, samen met je werkgever (nog te doen)");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Documenten" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Je zienswijze toevoegen" }).ClickAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[200_000]];
        await Page.GetByLabel("Of als bestand").SetInputFilesAsync(new FilePayload { Name = "mijn kant.png", MimeType = "image/png", Buffer = png });
        // Held at the server's door until the test has seen the progress indicator at work.
        var seen = new TaskCompletionSource();
        await Page.RouteAsync("**/zienswijze/versturen", async route =>
        {
            await seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await route.ContinueAsync();
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zienswijze toevoegen" }).ClickAsync();
        await Page.Locator("progress#upload-progress").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        (await Page.GetByRole(AriaRole.Button, new() { Name = "Zienswijze toevoegen" }).IsDisabledAsync()).ShouldBeTrue();
        seen.SetResult();

        await Page.ArriveAtAsync("**melding=zienswijze");
        (await Page.Locator("[data-testid=document]").InnerTextAsync()).ShouldContain("Zienswijze");
        await Portal.Api.Smtp.WaitForMailAsync(employer.HrEmail, "Nieuwe zienswijze van een medewerker");
    }

    [Fact]
    public async Task A_refused_zienswijze_keeps_its_text_and_the_page_names_the_document_it_answers()
    {
        var (employer, employee, dossierId) = await Portal.SickEmployeeAsync();
        await Portal.PublishAsync(employer, dossierId, "plan-van-aanpak", "Plan van aanpak", Encoding.ASCII.GetBytes("%PDF-1.7\n% plan\n"), "plan.pdf");
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        await Page.OpenAsync(Portal.Web.BaseUrl + $"/dossiers/{dossierId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Je zienswijze geven op dit document" }).ClickAsync();
        var regarding = await Page.GetByTestId("viewpoint-regarding").InnerTextAsync();
        const string text = "Ik kan nog niet vier uur per dag werken; de eerste twee weken liever twee uur.";

        await Page.GetByLabel("Je zienswijze in tekst").FillAsync(text);
        await Page.GetByLabel("Of als bestand").SetInputFilesAsync(new FilePayload { Name = "kant.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0] });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zienswijze toevoegen" }).ClickAsync();
        await Page.ArriveAtAsync("**/zienswijze?fout=TEXT_AND_FILE**");

        regarding.ShouldBe("Je zienswijze gaat over het document ‘Plan van aanpak’.");
        (await Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Kies één");
        (await Page.GetByLabel("Je zienswijze in tekst").InputValueAsync()).ShouldBe(text);
        (await Page.GetByTestId("viewpoint-regarding").InnerTextAsync()).ShouldContain("Plan van aanpak");
        await Page.ReopenAsync();
        (await Page.GetByLabel("Je zienswijze in tekst").InputValueAsync()).ShouldBeEmpty();
    }
}
