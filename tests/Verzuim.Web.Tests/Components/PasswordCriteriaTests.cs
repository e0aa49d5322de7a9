using Verzuim.Web.Api;
using Verzuim.Web.Components.Shared;

namespace Verzuim.Web.Tests.Components;

public sealed class PasswordCriteriaTests : PortalTestContext
{
    [Fact]
    public void All_criteria_are_shown_before_anything_is_typed()
    {
        var criteria = Render<PasswordCriteria>(parameters => parameters.Add(p => p.Policy, new PasswordPolicy(12, 128)));

        var items = criteria.FindAll("li").Select(item => item.TextContent.Trim()).ToList();
        items.ShouldBe(
        [
            "heeft minstens 12 tekens (een zin werkt goed)",
            "heeft hoogstens 128 tekens",
            "is geen veelgebruikt of makkelijk te raden wachtwoord",
            "bevat niet je naam, e-mailadres of geboortedatum, en niet de naam van je werkgever of van het portaal",
        ]);
        criteria.FindAll(".criteria__unmet").ShouldBeEmpty();
    }

    [Fact]
    public void Each_unmet_criterion_is_marked_in_words_for_screen_readers()
    {
        var criteria = Render<PasswordCriteria>(parameters => parameters
            .Add(p => p.Policy, new PasswordPolicy(12, 128))
            .Add(p => p.Unmet, new HashSet<string> { "PASSWORD_TOO_SHORT", "PASSWORD_CONTAINS_PERSONAL_DATA" }));

        var unmet = criteria.FindAll(".criteria__unmet");
        unmet.Count.ShouldBe(2);
        unmet.ShouldAllBe(item => item.QuerySelector(".visually-hidden")!.TextContent.Contains("Niet voldaan"));
        unmet[1].TextContent.ShouldContain("bevat niet je naam");
    }
}
