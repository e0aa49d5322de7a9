using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>
/// What every portal page the browser suite arrives at must hold: axe-core finds nothing serious or critical against
/// WCAG 2.1 A and AA, and the page never scrolls sideways at 360 px (a wider window is narrowed for that check and
/// restored). <see cref="PageArrival"/>
/// runs these on each arrival, so a test that visits a page checks it without asking.
/// </summary>
internal static class PageChecks
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private const int PhoneWidth = 360;

    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task ShouldPassAsync(IPage page)
    {
        if (!await IsPortalPageAsync(page))
        {
            return;
        }
        await ShouldHaveNoSeriousAxeFindingAsync(page);
        await ShouldKeepEveryDateWholeAsync(page);
        if (page.ViewportSize is { Width: > PhoneWidth } window)
        {
            await page.SetViewportSizeAsync(PhoneWidth, window.Height);
            await ShouldNotScrollSidewaysAsync(page);
            await page.SetViewportSizeAsync(window.Width, window.Height);
        }
        else
        {
            await ShouldNotScrollSidewaysAsync(page);
        }
    }

    public static async Task ShouldNotScrollSidewaysAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{page.Url} scrolls sideways at {widths[1]} px: its content is {widths[0]} px wide.");
    }

    /// <summary>Each shown date (dd-mm-jjjj) sits in an element that does not wrap, so no line breaks at its hyphens.</summary>
    public static async Task ShouldKeepEveryDateWholeAsync(IPage page)
    {
        var loose = await page.EvaluateAsync<string[]>("""
            () => {
              const loose = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (!/\d{2}-\d{2}-\d{4}/.test(node.textContent) || parent.closest('script, style, textarea, template')) continue;
                if (getComputedStyle(parent).whiteSpace !== 'nowrap' && !parent.closest('.date')) loose.push(node.textContent.trim());
              }
              return loose;
            }
            """);
        loose.ShouldBeEmpty($"dates that may break at a hyphen on {page.Url}");
    }

    public static async Task ShouldHaveNoSeriousAxeFindingAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21);
        var findings = result.Violations
            .Where(violation => Blocking.Contains(violation.Impact))
            .Select(violation => $"{violation.Impact} {violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")
            .ToList();
        findings.ShouldBeEmpty($"axe-core on {page.Url}");
    }

    /// <summary>The explorer on Host is Altair's page, and downloads are no pages at all.</summary>
    private static async Task<bool> IsPortalPageAsync(IPage page) =>
        !new Uri(page.Url).AbsolutePath.StartsWith("/graphql", StringComparison.Ordinal)
        && await page.EvaluateAsync<string>("() => document.contentType") == "text/html";
}
