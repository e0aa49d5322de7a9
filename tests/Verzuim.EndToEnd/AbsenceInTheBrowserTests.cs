using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>The issue's browser test: log in with the second factor, report sick, see it, report recovered, see "Ziek melden" again.</summary>
[Collection(PortalCollection.Name)]
public sealed class AbsenceInTheBrowserTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task An_employee_reports_sick_sees_it_on_the_dashboard_reports_recovered_and_can_report_sick_again()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        var today = Verzuim.Dates.DutchDates.Today(Portal.Clock);
        var yesterday = today.AddDays(-1).ToString("dd-MM-yyyy");

        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        (await Page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe("Je bent niet ziek gemeld");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ziek melden" }).ClickAsync();
        await Page.GetByLabel("Eerste ziektedag").FillAsync(yesterday);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Valt je ziekte onder een vangnetregeling" }).GetByLabel("Nee").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "ongeval op het werk" }).GetByLabel("Nee").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "verkeersongeval" }).GetByLabel("Nee").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziekmelding versturen" }).ClickAsync();

        await Page.ArriveAtAsync("**/ziek-melden/gemeld");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain(yesterday);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" }).ClickAsync();
        (await Page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe($"Ziek sinds {yesterday}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("1 van 104");
        (await Page.GetByTestId("timeline-week").InnerTextAsync()).ShouldContain("week 1 van 104");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Hersteld melden" }).ClickAsync();
        (await Page.GetByLabel("Eerste werkdag na herstel").InputValueAsync()).ShouldBe(today.ToString("dd-MM-yyyy"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Herstel doorgeven" }).ClickAsync();

        await Page.ArriveAtAsync("**/?melding=hersteld");
        (await Page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe("Je bent niet ziek gemeld");
        (await Page.GetByRole(AriaRole.Link, new() { Name = "Ziek melden" }).CountAsync()).ShouldBe(1);
        await Portal.Api.Smtp.WaitForMailAsync(employer.HrEmail, "Nieuwe verzuimmelding");
        await Portal.Api.Smtp.WaitForMailAsync(employee.Email, "Je ziekmelding is ontvangen");
        await Portal.Api.Smtp.WaitForMailAsync(employee.Email, "Je herstelmelding is ontvangen");
    }

    [Fact]
    public async Task Someone_ill_since_today_finds_tomorrow_filled_in_and_the_window_stated_and_reports_back()
    {
        var (employer, employee, _) = await Portal.SickEmployeeAsync();
        var today = Verzuim.Dates.DutchDates.Today(Portal.Clock);
        var tomorrow = today.AddDays(1).ToString("dd-MM-yyyy");

        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hersteld melden" }).ClickAsync();
        var field = Page.GetByLabel("Eerste werkdag na herstel");
        var described = await Page.Locator("#" + (await field.GetAttributeAsync("aria-describedby"))!.Split(' ')[0]).InnerTextAsync();

        (await field.InputValueAsync()).ShouldBe(tomorrow);
        described.ShouldContain($"van {tomorrow} tot en met {today.AddDays(7):dd-MM-yyyy}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Herstel doorgeven" }).ClickAsync();
        await Page.ArriveAtAsync("**/?melding=hersteld");
        (await Page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe("Je bent niet ziek gemeld");
    }

    [Fact]
    public async Task A_form_with_an_impossible_date_and_no_answers_names_each_problem()
    {
        var (employer, employee) = await LoggedInEmployeeAsync();

        await Page.OpenAsync(Portal.Web.BaseUrl + "/ziek-melden");
        await Page.GetByLabel("Eerste ziektedag").FillAsync("31-04-2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziekmelding versturen" }).ClickAsync();

        var summary = await Page.Locator(".error-summary li").AllInnerTextsAsync();
        summary.ShouldBe(
        [
            "Je eerste ziektedag bestaat niet in de kalender. Controleer dag en maand.",
            "Kies een antwoord bij: Valt je ziekte onder een vangnetregeling van de Ziektewet?",
            "Kies een antwoord bij: Ben je ziek door een ongeval op het werk?",
            "Kies een antwoord bij: Ben je ziek door een verkeersongeval waarbij iemand anders aansprakelijk kan zijn?",
        ]);
        (await Page.GetByLabel("Eerste ziektedag").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }

    [Fact]
    public async Task A_date_outside_the_window_and_too_many_hours_are_named_in_the_first_round_with_valid_examples()
    {
        var (employer, employee) = await LoggedInEmployeeAsync();
        var today = Verzuim.Dates.DutchDates.Today(Portal.Clock);

        await Page.OpenAsync(Portal.Web.BaseUrl + "/ziek-melden");
        await Page.GetByLabel("Eerste ziektedag").FillAsync(today.AddDays(-60).ToString("dd-MM-yyyy"));
        await Page.GetByLabel("Uren al gewerkt").FillAsync("25");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziekmelding versturen" }).ClickAsync();
        var firstRound = await Page.Locator(".error-summary li").AllInnerTextsAsync();
        await Page.GetByLabel("Eerste ziektedag").FillAsync("2026-12-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziekmelding versturen" }).ClickAsync();
        var wrongFormat = await Page.GetByText("Vul je eerste ziektedag in als dd-mm-jjjj").First.InnerTextAsync();

        firstRound.Count.ShouldBe(5);
        firstRound[0].ShouldStartWith("Je eerste ziektedag moet liggen van ");
        firstRound[1].ShouldBe("Vul bij de uren die je al hebt gewerkt 0 tot en met 24 uur in, in kwartieren: zoals 2,5 of 3,75.");
        wrongFormat.ShouldContain($"bijvoorbeeld {today:dd-MM-yyyy}");
    }

    [Fact]
    public async Task Someone_already_sick_is_told_so_before_any_form_and_offered_to_report_recovered()
    {
        var (employer, employee, _) = await Portal.SickEmployeeAsync();
        var today = Verzuim.Dates.DutchDates.Today(Portal.Clock);
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        await Page.OpenAsync(Portal.Web.BaseUrl + "/ziek-melden");

        (await Page.GetByTestId("already-sick").InnerTextAsync()).ShouldStartWith($"Je bent al ziekgemeld sinds {today:dd-MM-yyyy}.");
        (await Page.GetByLabel("Eerste ziektedag").CountAsync()).ShouldBe(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hersteld melden" }).ClickAsync();
        await Page.GetByLabel("Eerste werkdag na herstel").WaitForAsync();
    }
}
