using System.Text;
using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>The dashboard and the dossier on a phone: what asks for action first, a timeline whose every mark is
/// explained, and unread messages counted on their tab.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardOnAPhoneTests(PortalFixture portal) : BrowserTest(portal)
{
    protected override BrowserNewContextOptions ContextOptions =>
        new() { Locale = "nl-NL", ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task What_waits_in_the_dossier_stands_first_on_the_first_screen_above_the_timeline()
    {
        var (employer, employee, dossierId) = await Portal.SickEmployeeAsync();
        await Portal.PublishAsync(employer, dossierId, "plan-van-aanpak", "Plan van aanpak", Encoding.ASCII.GetBytes("%PDF-1.7\n% plan\n"), "plan.pdf");
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        var waiting = Page.GetByRole(AriaRole.Region, new() { Name = "Wacht op jou in je dossier" });
        var waitingBox = (await waiting.BoundingBoxAsync())!;
        var statusBox = (await Page.GetByTestId("absence-status").BoundingBoxAsync())!;
        var timelineBox = (await Page.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn van 104 weken" }).BoundingBoxAsync())!;

        (await waiting.InnerTextAsync()).ShouldContain("1 document wacht op je reactie");
        (waitingBox.Y + waitingBox.Height).ShouldBeLessThan(740);
        waitingBox.Y.ShouldBeLessThan(statusBox.Y);
        waitingBox.Y.ShouldBeLessThan(timelineBox.Y);
    }

    [Fact]
    public async Task Every_tick_of_the_timeline_carries_the_number_of_a_listed_step_the_evaluations_are_listed_and_the_now_marker_stays_round()
    {
        var (_, employee, _) = await Portal.SickEmployeeAsync();
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        var steps = await Page.GetByTestId("timeline-steps").Locator("li").CountAsync();
        var numbers = await Page.Locator(".timeline__number").AllTextContentsAsync();
        var boxes = await Page.Locator(".timeline__number").EvaluateAllAsync<Box[]>(
            "labels => labels.map(l => { const r = l.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })");
        var now = (await Page.Locator(".timeline__now").BoundingBoxAsync())!;
        var bar = (await Page.GetByTestId("timeline-bar").BoundingBoxAsync())!;
        var evaluations = await Page.GetByTestId("timeline-evaluations").InnerTextAsync();

        steps.ShouldBe(9);
        numbers.ShouldBe(Enumerable.Range(1, steps).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                boxes[i].Overlaps(boxes[j]).ShouldBeFalse($"the labels {i + 1} and {j + 1} overlap: {string.Join("; ", boxes.Select(b => $"{b.X},{b.Y},{b.Width},{b.Height}"))}");
            }
        }
        boxes.ShouldAllBe(box => box.X >= 0 && box.X + box.Width <= 360);
        now.Width.ShouldBe(now.Height);
        (now.X + now.Width / 2).ShouldBe(bar.X + bar.Width * 1 / 104, 1);
        evaluations.ShouldContain("week 14, 20, 26, 32, 38, 58, 64, 70, 76, 82");
        evaluations.ShouldContain("De volgende: week 14, uiterlijk ");
    }

    [Fact]
    public async Task The_Berichten_tab_counts_unread_messages_until_they_are_read()
    {
        var (employer, employee, dossierId) = await Portal.SickEmployeeAsync();
        await employer.SendMessageAsHrAsync(dossierId, "Hoe gaat het?");
        await employer.SendMessageAsHrAsync(dossierId, "Kun je dinsdag bellen?");
        await Login.LogInWithAppAsync(employee.Email);
        await Page.ArriveAtAsync(Portal.Web.BaseUrl + "/");

        await Page.OpenAsync($"{Portal.Web.BaseUrl}/dossiers/{dossierId}");
        var tab = Page.GetByRole(AriaRole.Link, new() { Name = "Berichten 2 ongelezen", Exact = true });
        var visibleCount = await Page.GetByTestId("unread-count").InnerTextAsync();
        await tab.ClickAsync();
        await Page.Locator("nav.tabs a[aria-current=page]", new() { HasText = "Berichten" }).WaitForAsync();
        var countOnItsOwnTab = await Page.GetByTestId("unread-count").CountAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Documenten" }).ClickAsync();
        await Page.Locator("nav.tabs a[aria-current=page]", new() { HasText = "Documenten" }).WaitForAsync();

        visibleCount.ShouldStartWith("2");
        countOnItsOwnTab.ShouldBe(0);
        (await Page.GetByTestId("unread-count").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Each_answer_of_the_safety_net_question_has_its_button_beside_the_first_line_of_its_label()
    {
        var (employer, employee) = await LoggedInEmployeeAsync();
        await Page.OpenAsync(Portal.Web.BaseUrl + "/ziek-melden");

        var group = Page.GetByRole(AriaRole.Group, new() { Name = "Valt je ziekte onder een vangnetregeling" });
        var rows = await group.Locator(".radio").EvaluateAllAsync<RadioRow[]>("""
            rows => rows.map(row => {
              const input = row.querySelector('input').getBoundingClientRect();
              const label = row.querySelector('label');
              return { inputX: input.x, inputTop: input.top, inputWidth: input.width, labelTop: label.getBoundingClientRect().top, labelLines: Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight)) };
            })
            """);

        rows.Length.ShouldBe(3);
        rows.ShouldContain(row => row.LabelLines > 1, "the test needs an answer whose label wraps at 360 px");
        rows.ShouldAllBe(row => row.InputWidth == 24 && row.InputX == rows[0].InputX);
        rows.ShouldAllBe(row => Math.Abs(row.InputTop - row.LabelTop) <= 4);
    }

    // Filled by Playwright from the page's JSON, hence settable properties.
    private sealed class Box
    {
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }

        public bool Overlaps(Box other) => X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Height && other.Y < Y + Height;
    }

    private sealed class RadioRow
    {
        public double InputX { get; set; }
        public double InputTop { get; set; }
        public double InputWidth { get; set; }
        public double LabelTop { get; set; }
        public int LabelLines { get; set; }
    }
}
