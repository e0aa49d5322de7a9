using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>The browser test: log in with the second factor, report sick, see it, report recovered, see "Ziek melden" again.</summary>
[Collection(PortalCollection.Name)]
public sealed class AbsenceInTheBrowserTests(PortalFixture portal) : IAsyncLifetime
{
    private IBrowserContext context = default!;
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    [Fact]
    public async Task An_employee_reports_sick_sees_it_on_the_dashboard_reports_recovered_and_can_report_sick_again()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        var today = Verzuim.BuildingBlocks.DutchDates.Today(portal.Clock);
        var yesterday = today.AddDays(-1).ToString("dd-MM-yyyy");

        await new PortalLogin(page, portal).LogInWithAppAsync(employee.Email);
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");

        (await page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe("Je bent niet ziek gemeld");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ziek melden" }).ClickAsync();
        await page.GetByLabel("Eerste ziektedag").FillAsync(yesterday);
        await page.GetByRole(AriaRole.Group, new() { Name = "Valt je ziekte onder een vangnetregeling" }).GetByLabel("Nee").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "ongeval op het werk" }).GetByLabel("Nee").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "verkeersongeval" }).GetByLabel("Nee").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ziekmelding versturen" }).ClickAsync();

        await page.ArriveAtAsync("**/ziek-melden/gemeld");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain(yesterday);
        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de startpagina" }).ClickAsync();
        (await page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe($"Ziek sinds {yesterday}");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("1 van 104");
        ((await page.Locator("svg[role=img] desc").TextContentAsync()) ?? "").ShouldContain("week 1 van 104");

        await page.GetByRole(AriaRole.Link, new() { Name = "Hersteld melden" }).ClickAsync();
        (await page.GetByLabel("Eerste werkdag na herstel").InputValueAsync()).ShouldBe(today.ToString("dd-MM-yyyy"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Herstel doorgeven" }).ClickAsync();

        await page.ArriveAtAsync("**/?melding=hersteld");
        (await page.GetByTestId("absence-status").InnerTextAsync()).ShouldBe("Je bent niet ziek gemeld");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Ziek melden" }).CountAsync()).ShouldBe(1);
        await portal.Api.Smtp.WaitForMailAsync(employer.HrEmail, "Nieuwe verzuimmelding");
    }

    [Fact]
    public async Task A_form_with_an_impossible_date_and_no_answers_names_each_problem()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await new PortalLogin(page, portal).LogInWithAppAsync(employee.Email);
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");

        await page.OpenAsync(portal.Web.BaseUrl + "/ziek-melden");
        await page.GetByLabel("Eerste ziektedag").FillAsync("31-04-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ziekmelding versturen" }).ClickAsync();

        var summary = await page.Locator(".error-summary").InnerTextAsync();
        summary.ShouldContain("Deze datum bestaat niet");
        summary.ShouldContain("Kies een antwoord");
        (await page.GetByLabel("Eerste ziektedag").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }
}
