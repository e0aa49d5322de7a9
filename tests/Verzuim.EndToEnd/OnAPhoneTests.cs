using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>The portal on a phone (360 × 740): what an ill employee does first, readable and without sideways scrolling.</summary>
[Collection(PortalCollection.Name)]
public sealed class OnAPhoneTests(PortalFixture portal) : BrowserTest(portal)
{
    protected override BrowserNewContextOptions ContextOptions =>
        new() { Locale = "nl-NL", ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task Recovery_codes_stand_in_one_column_each_on_one_line_and_going_on_needs_a_tick()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.CompleteRegistrationAsync(employee);
        await Login.LogInAsync(employee.Email);
        await Page.ArriveAtAsync("**/tweestapsverificatie/instellen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Authenticator-app" }).ClickAsync();
        var key = (await Page.Locator("#app-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var setUpOverflows = await OverflowsAsync();
        var openInApp = await Page.GetByRole(AriaRole.Link, new() { Name = "Open in je authenticator-app" }).IsVisibleAsync();
        await Page.GetByLabel("Code").FillAsync(SecondFactors.CodeFor(OtpNet.Base32Encoding.ToBytes(key), SecondFactors.StepAt(Portal.Clock.GetUtcNow())));
        await Page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();

        var columns = await Page.Locator(".recovery-codes").EvaluateAsync<string>("list => getComputedStyle(list).columnCount");
        var linesPerCode = await Page.Locator(".recovery-codes code").EvaluateAllAsync<int[]>("codes => codes.map(code => code.getClientRects().length)");
        var overflow = await OverflowsAsync();
        var goOnBeforeTick = await Page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).IsVisibleAsync();
        var waitHintBeforeTick = await Page.GetByText("Zet eerst een vinkje").IsVisibleAsync();
        await KeepRecoveryCodesAsync();

        setUpOverflows.ShouldBeFalse();
        openInApp.ShouldBeTrue();
        columns.ShouldBe("1");
        linesPerCode.Length.ShouldBe(10);
        linesPerCode.ShouldAllBe(lines => lines == 1);
        overflow.ShouldBeFalse();
        goOnBeforeTick.ShouldBeFalse();
        waitHintBeforeTick.ShouldBeTrue();
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
    }

    [Fact]
    public async Task The_recovery_form_fits_the_screen_and_states_its_window()
    {
        var (_, employee, _) = await Portal.SickEmployeeAsync();
        var today = Verzuim.Dates.DutchDates.Today(Portal.Clock);
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        await Page.OpenAsync(Portal.Web.BaseUrl + "/hersteld-melden");
        var hint = await Page.GetByText("kies een datum van").InnerTextAsync();

        (await OverflowsAsync()).ShouldBeFalse();
        hint.ShouldContain(today.AddDays(1).ToString("dd-MM-yyyy"));
    }

    private Task<bool> OverflowsAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    [Fact]
    public async Task The_password_can_be_shown_to_check_what_was_typed_and_hidden_again()
    {
        await Page.OpenAsync(Portal.Web.BaseUrl + "/inloggen");
        var password = Page.GetByLabel("Wachtwoord", new() { Exact = true });
        await password.FillAsync("mijn wachtzin");
        var toggle = Page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord tonen" });

        await toggle.ClickAsync();
        var shown = await password.GetAttributeAsync("type");
        var pressed = await toggle.GetAttributeAsync("aria-pressed");
        await toggle.ClickAsync();

        shown.ShouldBe("text");
        pressed.ShouldBe("true");
        (await password.GetAttributeAsync("type")).ShouldBe("password");
        (await password.InputValueAsync()).ShouldBe("mijn wachtzin");
    }

    [Fact]
    public async Task A_heading_that_receives_focus_on_arrival_draws_no_focus_ring()
    {
        await Page.OpenAsync(Portal.Web.BaseUrl + "/inloggen");

        var outline = await Page.EvaluateAsync<string>("""
            () => { const heading = document.querySelector('h1'); heading.setAttribute('tabindex', '-1'); heading.focus(); return getComputedStyle(heading).outlineStyle; }
            """);

        outline.ShouldBe("none");
    }

    [Fact]
    public async Task A_locked_login_says_how_long_to_wait()
    {
        var employer = await TestEmployer.CreateAsync(Portal.Api);
        var employee = await employer.AddEmployeeAsync();
        await employer.CompleteRegistrationAsync(employee);
        await Page.OpenAsync(Portal.Web.BaseUrl + "/inloggen");

        var summary = "";
        for (var attempt = 0; attempt < 12 && !summary.Contains("Probeer het over", StringComparison.Ordinal); attempt++)
        {
            await Page.GetByLabel("E-mailadres").FillAsync(employee.Email);
            await Page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync($"fout wachtwoord {attempt}");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Page.Locator(".error-summary").WaitForAsync();
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            summary = await Page.Locator(".error-summary").InnerTextAsync();
        }

        summary.ShouldMatch(@"Probeer het over \d+ (seconden|minuten) opnieuw");
    }
}
