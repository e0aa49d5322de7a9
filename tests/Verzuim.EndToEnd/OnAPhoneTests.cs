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
        await Page.GetByLabel("Code").FillAsync(SecondFactors.CodeFor(OtpNet.Base32Encoding.ToBytes(key), SecondFactors.StepAt(Portal.Clock.GetUtcNow())));
        await Page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Je herstelcodes" }).WaitForAsync();

        var columns = await Page.Locator(".recovery-codes").EvaluateAsync<string>("list => getComputedStyle(list).columnCount");
        var linesPerCode = await Page.Locator(".recovery-codes code").EvaluateAllAsync<int[]>("codes => codes.map(code => code.getClientRects().length)");
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        var goOnBeforeTick = await Page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).IsVisibleAsync();
        var waitHintBeforeTick = await Page.GetByText("Zet eerst een vinkje").IsVisibleAsync();
        await KeepRecoveryCodesAsync();

        columns.ShouldBe("1");
        linesPerCode.Length.ShouldBe(10);
        linesPerCode.ShouldAllBe(lines => lines == 1);
        overflow.ShouldBeFalse();
        goOnBeforeTick.ShouldBeFalse();
        waitHintBeforeTick.ShouldBeTrue();
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");
    }
}
