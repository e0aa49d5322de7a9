using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Web.Account;
using Verzuim.Web.Api;
using Verzuim.Web.Components.Shared;

namespace Verzuim.Web.Tests.Components;

public sealed class ErrorSummaryTests : PortalTestContext
{
    [Fact]
    public void The_summary_is_announced_and_links_each_problem_to_its_field()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("uitnodiging/abc");
        var errors = new FormErrors(Texts);
        errors.Add("date-of-birth", "Error.DateWrongFormat");
        errors.AddFromApi([new UserError("INVITATION_BLOCKED", "blocked", null)]);

        var summary = Render<ErrorSummary>(parameters => parameters.Add(p => p.Errors, errors));

        summary.Find("[role=alert] h2").TextContent.ShouldBe("Er is een probleem");
        summary.Find("a").GetAttribute("href").ShouldBe("uitnodiging/abc#date-of-birth");
        summary.Find("a").TextContent.ShouldBe("Vul je geboortedatum in als dd-mm-jjjj, bijvoorbeeld 14-03-1990.");
        summary.FindAll("li")[1].TextContent.ShouldContain("geblokkeerd");
    }

    [Fact]
    public void An_unknown_code_from_the_api_still_gives_a_readable_message()
    {
        var errors = new FormErrors(Texts);

        errors.AddFromApi([new UserError("SOMETHING_NEW", "english text", null)]);

        errors.All.Single().Message.ShouldBe("Er ging iets mis. Probeer het opnieuw.");
    }

    [Fact]
    public void Nothing_is_rendered_without_errors() =>
        Render<ErrorSummary>(parameters => parameters.Add(p => p.Errors, new FormErrors(Texts))).Markup.Trim().ShouldBeEmpty();
}
