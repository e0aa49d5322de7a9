using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>A browser test: its own browser context (cookies, storage) and page on the shared portal, in Dutch.</summary>
public abstract class BrowserTest(PortalFixture portal) : IAsyncLifetime
{
    protected PortalFixture Portal { get; } = portal;

    protected IBrowserContext Context { get; private set; } = default!;

    protected IPage Page { get; private set; } = default!;

    /// <summary>Logging in through the portal's own pages, on this test's page.</summary>
    private protected PortalLogin Login => new(Page, Portal);

    protected virtual BrowserNewContextOptions ContextOptions => new() { Locale = "nl-NL" };

    public async Task InitializeAsync()
    {
        Context = await Portal.Browser.NewContextAsync(ContextOptions);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();

    /// <summary>A registered employee with an authenticator app, logged in on this test's page and at home.</summary>
    private protected async Task<(TestEmployer Employer, TestEmployee Employee)> LoggedInEmployeeAsync()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        return (employer, employee);
    }

    /// <summary>On the page that shows recovery codes: ticks that they are kept and goes on.</summary>
    protected async Task KeepRecoveryCodesAsync()
    {
        await Page.GetByLabel("Ik heb mijn herstelcodes bewaard").CheckAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();
    }
}
