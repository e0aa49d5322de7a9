using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>
/// Waiting until the browser shows a page: after opening an address, a link, a form or a redirect. Playwright's own
/// <c>WaitForURLAsync</c> waits for the load event as the browser reports it, and on a busy machine that report has
/// gone missing after a form's redirect: the wait ran out with only "network idle" reported. So this waits for the
/// address and then asks the page itself whether it has loaded, which does not depend on that report.
/// After a link, the portal's enhanced navigation changes the address before the new content is in, so a test then
/// waits for something only the new page has (locators wait by themselves).
/// Every arrival runs <see cref="PageChecks"/> on the page: axe-core and no sideways scrolling.
/// </summary>
internal static class PageArrival
{
    private static readonly PageAssertionsToHaveURLOptions Patience = new() { Timeout = 30_000 };

    /// <param name="url">An address, or a pattern in which <c>**</c> stands for anything and <c>*</c> for anything
    /// within one path segment.</param>
    public static async Task ArriveAtAsync(this IPage page, string url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(Pattern(url), Patience);
        await ReadyAsync(page);
    }

    /// <summary>Opens an address as if typed in, and waits as <see cref="ArriveAtAsync"/> does.</summary>
    public static async Task<IResponse?> OpenAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ReadyAsync(page);
        return response;
    }

    public static async Task ReopenAsync(this IPage page)
    {
        await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit });
        await ReadyAsync(page);
    }

    private static async Task ReadyAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await PageChecks.ShouldPassAsync(page);
    }

    private static Regex Pattern(string url)
    {
        var escaped = Regex.Escape(url).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*");
        return new Regex("^" + escaped + "$");
    }
}
