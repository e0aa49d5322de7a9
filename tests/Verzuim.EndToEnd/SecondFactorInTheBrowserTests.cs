using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class SecondFactorInTheBrowserTests(PortalFixture portal) : BrowserTest(portal)
{
    /// <summary>An employee who registered but has not logged in yet, so has no second factor.</summary>
    private async Task<TestEmployee> RegisteredEmployeeAsync()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.CompleteRegistrationAsync(employee);
        return employee;
    }

    /// <summary>Chromium's virtual authenticator (CDP), standing in for a USB key that is touched whenever asked.</summary>
    private async Task<(ICDPSession Cdp, string AuthenticatorId)> AddVirtualAuthenticatorAsync()
    {
        var cdp = await Context.NewCDPSessionAsync(Page);
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
        await Login.LogInAsync(employee.Email);

        await Page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Beveiligingssleutel" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/sleutel");
        await Page.GetByLabel("Naam").FillAsync("Sleutelbos");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sleutel toevoegen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        await KeepRecoveryCodesAsync();
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?melding=uitgelogd");

        await Login.LogInAsync(employee.Email);
        await Page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen met mijn sleutel" }).ClickAsync();

        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        (await Page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
        var credentials = await cdp.SendAsync("WebAuthn.getCredentials", new Dictionary<string, object> { ["authenticatorId"] = authenticatorId });
        credentials!.Value.GetProperty("credentials").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_app_set_up_that_outlasts_the_session_says_so_and_keeps_the_same_key_after_logging_in_again()
    {
        var employee = await RegisteredEmployeeAsync();
        await Login.LogInAsync(employee.Email);
        await Page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Authenticator-app" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/app");
        var key = await Page.Locator("#app-key").InnerTextAsync();
        var link = await Page.GetByRole(AriaRole.Link, new() { Name = "Open in je authenticator-app" }).GetAttributeAsync("href");

        // Installing an app takes a while: longer than a password-only session lasts.
        Portal.Clock.Advance(TimeSpan.FromMinutes(11));
        await Page.GetByLabel("Code").FillAsync(CodeFor(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?terug=*&melding=sessie-verlopen");
        var notice = await Page.GetByRole(AriaRole.Status).InnerTextAsync();
        await Login.SubmitLoginFormAsync(employee.Email);
        await Page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Authenticator-app" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/app");
        var keyAgain = await Page.Locator("#app-key").InnerTextAsync();
        await Page.GetByLabel("Code").FillAsync(CodeFor(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();

        link.ShouldStartWith("otpauth://totp/");
        notice.ShouldContain("Je sessie is verlopen");
        keyAgain.ShouldBe(key);
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
    }

    private string CodeFor(string groupedKey) =>
        SecondFactors.CodeFor(OtpNet.Base32Encoding.ToBytes(groupedKey.Replace(" ", "", StringComparison.Ordinal)), SecondFactors.StepAt(Portal.Clock.GetUtcNow()));

    [Fact]
    public async Task An_employee_sets_up_SMS_at_the_first_login_and_later_logs_in_with_a_code_by_SMS()
    {
        var employee = await RegisteredEmployeeAsync();
        await Login.LogInAsync(employee.Email);

        await Page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        var choices = await Page.Locator(".choice__title").AllInnerTextsAsync();
        choices.ShouldBe(["Beveiligingssleutel", "Authenticator-app", "Sms"]);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sms" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/sms");
        (await Page.Locator(".warning").InnerTextAsync()).ShouldContain("minst veilige");
        await Page.GetByLabel("Mobiel nummer").FillAsync("06-98765432");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stuur code" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("+31 6 •••• 5432");
        var code = Portal.Api.LastSmsCode();
        await Page.GetByLabel("Code").FillAsync(code == "000000" ? "111111" : "000000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nummer bevestigen" }).ClickAsync();
        (await Page.Locator(".field-error").InnerTextAsync()).ShouldContain("Gebruik de code uit de nieuwste sms.");
        await Page.GetByLabel("Code").FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nummer bevestigen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        await KeepRecoveryCodesAsync();
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?melding=uitgelogd");

        await Login.LogInAsync(employee.Email);
        await Page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een sms" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("+31 6 •••• 5432");
        var sentBefore = Portal.Api.MessageBird.LogEntries.Count();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stuur een nieuwe code" }).ClickAsync();
        for (var waited = 0; waited < 300 && Portal.Api.MessageBird.LogEntries.Count() == sentBefore; waited++)
        {
            await Task.Delay(100);
        }
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Portal.Api.MessageBird.LogEntries.Count().ShouldBe(sentBefore + 1);
        await Page.GetByLabel("Code").FillAsync(Portal.Api.LastSmsCode());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        (await Page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
    }

    [Fact]
    public async Task A_recovery_code_logs_the_employee_in_and_leads_to_setting_up_a_new_method()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await Login.LogInAsync(employee.Email);

        await Page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Herstelcode gebruiken" }).ClickAsync();
        await Page.GetByLabel("Herstelcode").FillAsync(SecondFactors.TakeRecoveryCode(employee.Email));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=herstelcode");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("herstelcode");
        (await Page.Locator(".factor__name").AllInnerTextsAsync()).ShouldBe(["Authenticator-app"]);
        await Page.OpenAsync(Portal.Web.BaseUrl + "/");
        (await Page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
    }

    [Fact]
    public async Task On_the_manage_page_an_employee_adds_a_key_renames_it_removes_the_app_and_renews_the_recovery_codes()
    {
        await AddVirtualAuthenticatorAsync();
        var (employer, employee) = await LoggedInEmployeeAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Beveiligingssleutel" }).ClickAsync();
        await Page.GetByLabel("Naam").FillAsync("Sleutelbos");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sleutel toevoegen" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=toegevoegd");
        (await Page.Locator(".factor__name").AllInnerTextsAsync()).ShouldBe(["Authenticator-app", "Sleutelbos"]);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Sleutelbos" }).ClickAsync();
        await Page.GetByLabel("Naam").FillAsync("Blauwe sleutel");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Naam opslaan" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=gewijzigd");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Authenticator-app" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deze methode verwijderen" }).ClickAsync();
        (await Page.Locator(".field-error").InnerTextAsync()).ShouldContain("Vink aan dat je deze methode wilt verwijderen");
        await Page.GetByLabel("Ja, ik wil ‘Authenticator-app’ verwijderen").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deze methode verwijderen" }).ClickAsync();
        await Page.ArriveAtAsync("**/tweestapsverificatie/beheren?melding=verwijderd");
        (await Page.Locator(".factor__name").AllInnerTextsAsync()).ShouldBe(["Blauwe sleutel"]);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Blauwe sleutel" }).ClickAsync();
        await Page.GetByText("Dit is je enige methode").WaitForAsync();
        (await Page.GetByRole(AriaRole.Button, new() { Name = "Deze methode verwijderen" }).CountAsync()).ShouldBe(0);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Terug naar tweestapsverificatie" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe herstelcodes maken" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Maak nieuwe herstelcodes" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        (await Page.Locator(".recovery-codes li").CountAsync()).ShouldBe(10);
        await Portal.Api.Smtp.WaitForMailAsync(employee.Email, "Je tweestapsverificatie is gewijzigd", textContains: "‘Authenticator-app’ is verwijderd");
    }

    [Fact]
    public async Task After_ten_minutes_a_change_asks_for_a_new_login_which_returns_to_the_manage_page()
    {
        var (employer, employee) = await LoggedInEmployeeAsync();

        Portal.Clock.Advance(TimeSpan.FromMinutes(11));
        await Page.OpenAsync(Portal.Web.BaseUrl + "/tweestapsverificatie/beheren");
        (await Page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Authenticator-app" }).CountAsync()).ShouldBe(0);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw inloggen" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?melding=opnieuw-bevestigen*");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Log opnieuw in om je tweestapsverificatie te wijzigen");
        await Login.SubmitLoginFormAsync(employee.Email);
        await Login.AnswerWithAppAsync(employee.Email);

        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/tweestapsverificatie/beheren");
        (await Page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Authenticator-app" }).CountAsync()).ShouldBe(1);
    }
}
