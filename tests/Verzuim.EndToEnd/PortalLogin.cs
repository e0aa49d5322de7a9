using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>Logging in through the portal's own pages, as a person does: the password form, then the second step.</summary>
internal sealed class PortalLogin(IPage page, PortalFixture portal)
{
    public async Task LogInAsync(string email)
    {
        await page.OpenAsync(portal.Web.BaseUrl + "/inloggen");
        await SubmitLoginFormAsync(email);
    }

    public async Task SubmitLoginFormAsync(string email)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(TestEmployer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>A complete login, with a code from the employee's authenticator app.</summary>
    public async Task LogInWithAppAsync(string email)
    {
        await LogInAsync(email);
        await AnswerWithAppAsync(email);
    }

    public async Task AnswerWithAppAsync(string email)
    {
        await page.ArriveAtAsync("**/tweestapsverificatie/controle");
        await page.GetByLabel("Code").FillAsync(SecondFactors.NextCode(email, portal.Clock)!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }
}
