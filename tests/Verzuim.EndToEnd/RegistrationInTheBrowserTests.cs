using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class RegistrationInTheBrowserTests(PortalFixture portal) : IAsyncLifetime
{
    private IBrowserContext context = default!;
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    /// <summary>An invited employee, and the link from the invitation mail they received.</summary>
    private async Task<(TestEmployer Employer, TestEmployee Employee, Uri Link)> InvitedEmployeeAsync(string firstName = "Sanne")
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync(firstName: firstName);
        await employer.InviteAsync(employee);
        return (employer, employee, MailLinks.Link(await portal.Api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging"), "uitnodiging"));
    }

    private async Task ConfirmInvitationAsync(string email, string dateOfBirth)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Geboortedatum").FillAsync(dateOfBirth);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
    }

    private async Task LogInAsync(string email, string password)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>The second step of a later login: the code the employee's authenticator app shows now.</summary>
    private async Task PassSecondStepAsync(string email)
    {
        await page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await page.GetByLabel("Code").FillAsync(SecondFactors.NextCode(email, portal.Api.GraphQL().Clock)!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    [Fact]
    public async Task An_employee_registers_from_the_invitation_mail_and_sees_their_name_on_the_home_page()
    {
        var (employer, employee, link) = await InvitedEmployeeAsync("Sanne");

        var invitationPage = await page.OpenAsync(link.ToString());
        invitationPage!.Headers["referrer-policy"].ShouldBe("no-referrer");
        invitationPage.Headers["cache-control"].ShouldContain("no-store");
        await ConfirmInvitationAsync(employee.Email.ToUpperInvariant(), "14-03-1990");

        await page.ArriveAtAsync("**/registreren/wachtwoord");
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(TestEmployer.Password);
        await page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync(TestEmployer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

        await page.ArriveAtAsync("**/inloggen?melding=account-aangemaakt");
        await LogInAsync(employee.Email, TestEmployer.Password);

        await page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Authenticator-app" }).ClickAsync();
        var key = (await page.Locator("#app-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        (await page.GetByRole(AriaRole.Img).GetAttributeAsync("alt"))!.ShouldContain("QR-code");
        var code = SecondFactors.CodeFor(OtpNet.Base32Encoding.ToBytes(key), SecondFactors.StepAt(portal.Clock.GetUtcNow()));
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        (await page.Locator(".recovery-codes li").CountAsync()).ShouldBe(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();

        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");
        (await page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
        (await page.Locator(".employer-name").InnerTextAsync()).ShouldBe(employer.Name);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Welkom, Sanne");
        var session = (await context.CookiesAsync()).Single(cookie => cookie.Name == "verzuim");
        session.HttpOnly.ShouldBeTrue();
        session.SameSite.ShouldBe(SameSiteAttribute.Lax);
    }

    [Fact]
    public async Task When_the_session_ends_elsewhere_the_next_page_asks_to_log_in_again_with_a_notice()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        var otherDevice = await employer.RegisterAsync(employee);
        await page.OpenAsync(portal.Web.BaseUrl + "/inloggen");
        await LogInAsync(employee.Email, TestEmployer.Password);
        await PassSecondStepAsync(employee.Email);
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");

        var changed = await employer.Client.SendAsync(Gql.ChangePassword,
            new { input = new { currentPassword = TestEmployer.Password, newPassword = "Een heel ander wachtwoord 2027" } }, otherDevice);
        changed.UserErrors("changePassword").ShouldBeEmpty();
        await page.ReopenAsync();

        await page.ArriveAtAsync(portal.Web.BaseUrl + "/inloggen?melding=sessie-verlopen");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Je sessie is verlopen. Log opnieuw in.");
    }

    [Fact]
    public async Task Logging_out_ends_the_session_and_the_home_page_asks_to_log_in_again()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await page.OpenAsync(portal.Web.BaseUrl + "/inloggen");
        await LogInAsync(employee.Email, TestEmployer.Password);
        await PassSecondStepAsync(employee.Email);
        await page.ArriveAtAsync(portal.Web.BaseUrl + "/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.ArriveAtAsync("**/inloggen?melding=uitgelogd");
        await page.OpenAsync(portal.Web.BaseUrl + "/");

        page.Url.ShouldStartWith(portal.Web.BaseUrl + "/inloggen");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Inloggen");
    }

    [Fact]
    public async Task A_wrong_birth_date_shows_the_generic_message_and_keeps_the_employee_on_the_page()
    {
        var (_, employee, link) = await InvitedEmployeeAsync();

        await page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "15-03-1990");

        var summary = page.GetByRole(AriaRole.Alert);
        (await summary.InnerTextAsync()).ShouldContain("Deze gegevens horen niet bij een geldige uitnodiging");
        page.Url.ShouldBe(link.ToString());
    }

    [Fact]
    public async Task A_birth_date_typed_year_first_is_named_as_a_format_error()
    {
        var (_, employee, link) = await InvitedEmployeeAsync();

        await page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "1990-03-14");

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("dd-mm-jjjj");
        (await page.GetByLabel("Geboortedatum").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }

    [Fact]
    public async Task A_used_invitation_link_gives_the_generic_message()
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        var link = MailLinks.Link(await portal.Api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging"), "uitnodiging");

        await page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "14-03-1990");

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Deze gegevens horen niet bij een geldige uitnodiging");
    }
}
