namespace Verzuim.EndToEnd;

/// <summary>The checks every arrival runs find what they look for: they are not checks that cannot fail.</summary>
[Collection(PortalCollection.Name)]
public sealed class PageChecksTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_form_field_without_a_label_is_a_serious_axe_finding()
    {
        await Page.SetContentAsync("<!DOCTYPE html><html lang='nl'><head><title>t</title></head><body><main><h1>Kop</h1><input type='text'></main></body></html>");

        var failure = await FailureOfAsync(() => PageChecks.ShouldHaveNoSeriousAxeFindingAsync(Page));

        failure.ShouldNotBeNull().Message.ShouldContain("label");
    }

    [Fact]
    public async Task A_date_that_may_break_at_its_hyphen_is_found()
    {
        await Page.SetContentAsync("<!DOCTYPE html><html lang='nl'><body><p>Ziek sinds <span class='date'>03-12-2026</span>, hersteld 28-01-2027.</p></body></html>");

        var failure = await FailureOfAsync(() => PageChecks.ShouldKeepEveryDateWholeAsync(Page));

        failure.ShouldNotBeNull().Message.ShouldContain("hersteld 28-01-2027");
    }

    [Fact]
    public async Task A_page_wider_than_its_window_is_found()
    {
        await Page.SetViewportSizeAsync(360, 740);
        await Page.SetContentAsync("<!DOCTYPE html><html lang='nl'><body><p style='white-space:nowrap'>" + new string('x', 400) + "</p></body></html>");

        var failure = await FailureOfAsync(() => PageChecks.ShouldNotScrollSidewaysAsync(Page));

        failure.ShouldNotBeNull().Message.ShouldContain("scrolls sideways at 360 px");
    }

    /// <summary>Shouldly lets its own assertion failures pass through <c>Should.ThrowAsync</c>, so this catches them itself.</summary>
    private static async Task<ShouldAssertException?> FailureOfAsync(Func<Task> check)
    {
        try
        {
            await check();
            return null;
        }
        catch (ShouldAssertException failure)
        {
            return failure;
        }
    }
}
