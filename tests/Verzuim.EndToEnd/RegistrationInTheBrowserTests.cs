using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class RegistrationInTheBrowserTests(PortalFixture portal) : BrowserTest(portal)
{
    /// <summary>An invited employee, and the link from the invitation mail they received.</summary>
    private async Task<(TestEmployer Employer, TestEmployee Employee, Uri Link)> InvitedEmployeeAsync(string firstName = "Sanne")
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync(firstName: firstName);
        await employer.InviteAsync(employee);
        return (employer, employee, MailLinks.Link(await Portal.Api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging"), "uitnodiging"));
    }

    private async Task ConfirmInvitationAsync(string email, string dateOfBirth)
    {
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Geboortedatum").FillAsync(dateOfBirth);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
    }

    [Fact]
    public async Task After_registering_the_login_has_the_address_filled_in_and_the_invitation_opened_again_says_the_account_exists()
    {
        var (_, employee, link) = await InvitedEmployeeAsync();
        await Page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "14-03-1990");
        await Page.ArriveAtAsync("**/registreren/wachtwoord");
        (await Page.Locator("input[autocomplete=username]").InputValueAsync()).ShouldBe(employee.Email);
        await Page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(TestEmployer.Password);
        await Page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync(TestEmployer.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?melding=account-aangemaakt");
        var filledIn = await Page.GetByLabel("E-mailadres").InputValueAsync();
        var welcome = await Page.GetByRole(AriaRole.Status).InnerTextAsync();
        await Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("niet mijn wachtwoord");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Page.Locator(".error-summary").WaitForAsync();
        filledIn.ShouldBe(employee.Email);
        welcome.ShouldContain("account");
        (await Page.GetByRole(AriaRole.Status).CountAsync()).ShouldBe(0);

        await Page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "14-03-1990");

        (await Page.GetByTestId("account-exists").Locator("h2").InnerTextAsync()).ShouldBe("Je account bestaat al");
        (await Page.GetByLabel("E-mailadres").CountAsync()).ShouldBe(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Naar inloggen" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen");
    }

    [Fact]
    public async Task An_employee_registers_from_the_invitation_mail_and_sees_their_name_on_the_home_page()
    {
        var (employer, employee, link) = await InvitedEmployeeAsync("Sanne");

        var invitationPage = await Page.OpenAsync(link.ToString());
        invitationPage!.Headers["referrer-policy"].ShouldBe("no-referrer");
        invitationPage.Headers["cache-control"].ShouldContain("no-store");
        await ConfirmInvitationAsync(employee.Email.ToUpperInvariant(), "14-03-1990");

        await Page.ArriveAtAsync("**/registreren/wachtwoord");
        await Page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(TestEmployer.Password);
        await Page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync(TestEmployer.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

        await Page.ArriveAtAsync("**/inloggen?melding=account-aangemaakt");
        await Login.SubmitLoginFormAsync(employee.Email);

        await Page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Authenticator-app" }).ClickAsync();
        var key = (await Page.Locator("#app-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        (await Page.GetByRole(AriaRole.Img).GetAttributeAsync("alt"))!.ShouldContain("QR-code");
        var code = SecondFactors.CodeFor(OtpNet.Base32Encoding.ToBytes(key), SecondFactors.StepAt(Portal.Clock.GetUtcNow()));
        await Page.GetByLabel("Code").FillAsync(code);
        await Page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();
        (await Page.Locator(".recovery-codes li").CountAsync()).ShouldBe(10);
        await KeepRecoveryCodesAsync();

        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
        (await Page.GetByTestId("employee-name").InnerTextAsync()).ShouldBe("Sanne de Vries");
        (await Page.Locator(".employer-name").InnerTextAsync()).ShouldBe(employer.Name);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Welkom, Sanne");
        var session = (await Context.CookiesAsync()).Single(cookie => cookie.Name == "verzuim");
        session.HttpOnly.ShouldBeTrue();
        session.SameSite.ShouldBe(SameSiteAttribute.Lax);
    }

    [Fact]
    public async Task When_the_session_ends_elsewhere_the_next_page_asks_to_log_in_again_with_a_notice()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        var otherDevice = await employer.RegisterAsync(employee);
        await Page.OpenAsync(Portal.Web.BaseUrl + "/inloggen");
        await Login.SubmitLoginFormAsync(employee.Email);
        await Login.AnswerWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        var changed = await employer.Client.SendAsync(Gql.ChangePassword,
            new { input = new { currentPassword = TestEmployer.Password, newPassword = "Een heel ander wachtwoord 2027" } }, otherDevice);
        changed.UserErrors("changePassword").ShouldBeEmpty();
        await Page.ReopenAsync();

        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/inloggen?melding=sessie-verlopen");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Je sessie is verlopen. Log opnieuw in.");
    }

    [Fact]
    public async Task Logging_out_ends_the_session_and_the_home_page_asks_to_log_in_again()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        await Page.OpenAsync(Portal.Web.BaseUrl + "/inloggen");
        await Login.SubmitLoginFormAsync(employee.Email);
        await Login.AnswerWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?melding=uitgelogd");
        await Page.OpenAsync(Portal.Web.BaseUrl + "/");

        Page.Url.ShouldStartWith(Portal.Web.BaseUrl + "/inloggen");
        (await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Inloggen");
    }

    [Fact]
    public async Task A_wrong_birth_date_shows_the_generic_message_the_last_try_is_announced_and_then_the_invitation_is_blocked()
    {
        var (_, employee, link) = await InvitedEmployeeAsync();

        await Page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "15-03-1990");
        var first = await Page.GetByRole(AriaRole.Alert).InnerTextAsync();
        var url = Page.Url;
        var answers = new List<string>();
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            // Each answer is a new page: wait for it, so that the old page's message is not read again.
            await Page.RunAndWaitForResponseAsync(() => ConfirmInvitationAsync(employee.Email, "15-03-1990"), response => response.Request.Method == "POST");
            await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            answers.Add(await Page.GetByRole(AriaRole.Alert).InnerTextAsync());
        }

        first.ShouldContain("Deze gegevens horen niet bij een geldige uitnodiging");
        url.ShouldBe(link.ToString());
        answers[0].ShouldContain("Deze gegevens horen niet bij een geldige uitnodiging");
        answers[1].ShouldContain("Deze gegevens horen niet bij een geldige uitnodiging");
        answers[2].ShouldContain("na nog één foute poging wordt je uitnodiging geblokkeerd");
        answers[3].ShouldContain("Deze uitnodiging is geblokkeerd");
    }

    [Fact]
    public async Task A_birth_date_typed_year_first_is_named_as_a_format_error()
    {
        var (_, employee, link) = await InvitedEmployeeAsync();

        await Page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "1990-03-14");

        (await Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("dd-mm-jjjj");
        (await Page.GetByLabel("Geboortedatum").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }

    [Fact]
    public async Task A_used_invitation_link_with_another_birth_date_gives_the_generic_message()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        var link = MailLinks.Link(await Portal.Api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging"), "uitnodiging");

        await Page.OpenAsync(link.ToString());
        await ConfirmInvitationAsync(employee.Email, "15-03-1990");

        (await Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Deze gegevens horen niet bij een geldige uitnodiging");
    }

    [Fact]
    public async Task A_password_reset_asked_on_this_device_names_the_account_to_password_managers_and_fills_in_the_login()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);

        await Page.OpenAsync(Portal.Web.BaseUrl + "/inloggen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync();
        await Page.GetByLabel("E-mailadres").FillAsync(employee.Email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Link versturen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Status).WaitForAsync();
        var link = MailLinks.Link(await Portal.Api.Smtp.WaitForMailAsync(employee.Email, "Nieuw wachtwoord voor het werknemerportaal"), "wachtwoord-herstellen");
        await Page.OpenAsync(link.ToString());
        var username = await Page.Locator("input[autocomplete=username]").InputValueAsync();
        await Page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("een heel nieuwe wachtzin 42");
        await Page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync("een heel nieuwe wachtzin 42");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Page.ArriveAtAsync("**/inloggen?melding=wachtwoord-hersteld");

        username.ShouldBe(employee.Email);
        (await Page.GetByLabel("E-mailadres").InputValueAsync()).ShouldBe(employee.Email);
        await Context.ClearCookiesAsync();
        await Page.OpenAsync(link.ToString());
        (await Page.Locator("input[autocomplete=username]").CountAsync()).ShouldBe(0);
    }
}
