using Microsoft.AspNetCore.Localization;

namespace Verzuim.Web.Localization;

/// <summary>Dutch first: nl-NL unless the visitor chose English with the language link (a cookie remembers it).</summary>
internal static class PortalLocalization
{
    public const string Dutch = "nl-NL";
    public const string English = "en";

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services) =>
        services.AddLocalization(options => options.ResourcesPath = "Resources");

    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture(Dutch).AddSupportedCultures(Dutch, English).AddSupportedUICultures(Dutch, English);
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return app.UseRequestLocalization(options);
    }

    /// <summary>GET /taal/en?terug=/inloggen switches the language and returns to the page (local paths only).</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/taal/{culture}", (HttpContext http, string culture, string? terug) =>
        {
            var chosen = culture == English ? English : Dutch;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(LocalPaths.OrHome(terug));
        });
        return endpoints;
    }
}

internal static class LocalPaths
{
    /// <summary>Only paths on this site: never an open redirect to somewhere else.</summary>
    public static string OrHome(string? path) =>
        !string.IsNullOrEmpty(path) && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
            ? path
            : "/";
}
