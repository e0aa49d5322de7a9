using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class SecondFactorInTheBrowserTests(PortalFixture portal) : IAsyncLifetime
{
    private IBrowserContext context = default!;
    private IPage page = default!;
    private PortalLogin login = default!;

    public async Task InitializeAsync()
    {
        context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        page = await context.NewPageAsync();
        login = new PortalLogin(page, portal);
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    /// <summary>An employee who registered but has not logged in yet, so has no second factor.</summary>
    private async Task<TestEmployee> RegisteredEmployeeAsync()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.CompleteRegistrationAsync(employee);
        return employee;
    }

    /// <summary>Chromium's virtual authenticator (CDP), standing in for a USB key that is touched whenever asked.</summary>
    private async Task<(ICDPSession Cdp, string AuthenticatorId)> AddVirtualAuthenticatorAsync()
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        var added = await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "usb",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        return (cdp, added!.Value.GetProperty("authenticatorId").GetString()!);
    }

    [Fact]
    public async Task An_employee_registers_a_security_key_at_the_first_login_and_later_logs_in_with_it()
    {
        var (cdp, authenticatorId) = await AddVirtualAuthenticatorAsync();
        var employee = await RegisteredEmployeeAsync();
        await login.LogInAsync(employee.Email);

        await page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Beveiligingssleutel" }).ClickAsync();
        await page.ArriveAtAsync("**/tweestapsverificatie/sleutel");
        await page.GetByLabel("Naam").FillAsync("Sleutelbos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.ArriveAtAsync("**/inloggen?melding=uitgelogd");

        await login.LogInAsync(employee.Email);
        await page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen met mijn sleutel" }).ClickAsync();

        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");
        (await page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
        var credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        credentials!.Value.GetProperty("credentials").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_employee_sets_up_SMS_at_the_first_login_and_later_logs_in_with_a_code_by_SMS()
    {
        var employee = await RegisteredEmployeeAsync();
        await login.LogInAsync(employee.Email);

        await page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        var choices = await page.Locator(".choice__title").AllInnerTextsAsync();
        choices.ShouldBe(["Beveiligingssleutel", "Authenticator-app", "Sms"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sms" }).ClickAsync();
        await page.ArriveAtAsync("**/tweestapsverificatie/sms");
        (await page.Locator(".warning").InnerTextAsync()).ShouldContain("minst veilige");
        await page.GetByLabel("Mobiel nummer").FillAsync("06-98765432");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur code" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("+31 6 •••• 5432");
        await page.GetByLabel("Code").FillAsync(portal.Api.LastSmsCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Nummer bevestigen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.ArriveAtAsync("**/inloggen?melding=uitgelogd");

        await login.LogInAsync(employee.Email);
        await page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een sms" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("+31 6 •••• 5432");
        await page.GetByLabel("Code").FillAsync(portal.Api.LastSmsCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");
        (await page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
    }

    [Fact]
    public async Task A_recovery_code_logs_the_employee_in_and_leads_to_setting_up_a_new_method()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await login.LogInAsync(employee.Email);

        await page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await page.GetByRole(AriaRole.Link, new() { Name = "Herstelcode gebruiken" }).ClickAsync();
        await page.GetByLabel("Herstelcode").FillAsync(SecondFactors.TakeRecoveryCode(employee.Email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=herstelcode");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("herstelcode");
        (await page.Locator(".factor__name").AllInnerTextsAsync()).ShouldBe(["Authenticator-app"]);
        await page.OpenAsync(portal.Web.BaseUrl + "/");
        (await page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
    }

    [Fact]
    public async Task On_the_manage_page_an_employee_adds_a_key_renames_it_removes_the_app_and_renews_the_recovery_codes()
    {
        await AddVirtualAuthenticatorAsync();
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await login.LogInWithAppAsync(employee.Email);
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Beveiligingssleutel" }).ClickAsync();
        await page.GetByLabel("Naam").FillAsync("Sleutelbos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel toevoegen" }).ClickAsync();
        await page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=toegevoegd");
        (await page.Locator(".factor__name").AllInnerTextsAsync()).ShouldBe(["Authenticator-app", "Sleutelbos"]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Sleutelbos" }).ClickAsync();
        await page.GetByLabel("Naam").FillAsync("Blauwe sleutel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Naam opslaan" }).ClickAsync();
        await page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=gewijzigd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Authenticator-app" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deze methode verwijderen" }).ClickAsync();
        await page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=verwijderd");
        (await page.Locator(".factor__name").AllInnerTextsAsync()).ShouldBe(["Blauwe sleutel"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Blauwe sleutel" }).ClickAsync();
        await page.GetByText("Dit is je enige methode").WaitForAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Deze methode verwijderen" }).CountAsync()).ShouldBe(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar tweestapsverificatie" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe herstelcodes maken" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Maak nieuwe herstelcodes" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        (await page.Locator(".recovery-codes li").CountAsync()).ShouldBe(10);
        await portal.Api.Smtp.WaitForMailAsync(employee.Email, "Je tweestapsverificatie is gewijzigd", textContains: "‘Authenticator-app’ is verwijderd");
    }

    [Fact]
    public async Task After_ten_minutes_a_change_asks_for_a_new_login_which_returns_to_the_manage_page()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await login.LogInWithAppAsync(employee.Email);
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");

        portal.Clock.Advance(TimeSpan.FromMinutes(11));
        await page.OpenAsync(portal.Web.BaseUrl + "/tweestapsverificatie/beheren");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Authenticator-app" }).CountAsync()).ShouldBe(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw inloggen" }).ClickAsync();
        await page.ArriveAtAsync("**/inloggen?melding=opnieuw-bevestigen*");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Log opnieuw in om je tweestapsverificatie te wijzigen");
        await login.SubmitLoginFormAsync(employee.Email);
        await login.AnswerWithAppAsync(employee.Email);

        await page.ArriveAtAsync(portal.Web.BaseUrl + "/tweestapsverificatie/beheren");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Authenticator-app" }).CountAsync()).ShouldBe(1);
    }
}
