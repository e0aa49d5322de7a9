using Verzuim.Web.Components.Shared;

namespace Verzuim.Web.Tests.Components;

public sealed class TextFieldTests : PortalTestContext
{
    [Fact]
    public void The_label_hint_and_error_are_tied_to_the_input_for_assistive_technology()
    {
        var field = Render<TextField>(parameters => parameters
            .Add(p => p.Id, "date-of-birth").Add(p => p.Name, "Input.DateOfBirth").Add(p => p.Label, "Geboortedatum")
            .Add(p => p.Hint, "Als dd-mm-jjjj").Add(p => p.Error, "Deze datum bestaat niet."));

        var input = field.Find("input");
        field.Find("label").GetAttribute("for").ShouldBe("date-of-birth");
        input.GetAttribute("aria-invalid").ShouldBe("true");
        input.GetAttribute("aria-describedby").ShouldBe("date-of-birth-hint date-of-birth-error");
        field.Find("#date-of-birth-error").TextContent.ShouldContain("Deze datum bestaat niet.");
    }

    [Fact]
    public void A_field_without_an_error_is_not_marked_invalid()
    {
        var field = Render<TextField>(parameters => parameters.Add(p => p.Id, "email").Add(p => p.Name, "Input.Email").Add(p => p.Label, "E-mailadres"));

        field.Find("input").GetAttribute("aria-invalid").ShouldBe("false");
        field.Find("input").HasAttribute("aria-describedby").ShouldBeFalse();
    }
}
