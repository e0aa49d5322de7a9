namespace Verzuim.Web.Security;

internal static class SecurityHeaders
{
    /// <summary>
    /// Pages carry personal data and some carry single-use links: nothing is cached, nothing leaks through the
    /// Referer header, no other site may frame the portal, and only our own scripts and styles run.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A dossier file shown in the browser runs nothing and reaches nothing, whatever it contains.
            headers.ContentSecurityPolicy = IsDossierFile(http.Request.Path)
                ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"
                : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            if (!IsStaticAsset(http.Request.Path))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        await next(http);
    });

    private static bool IsDossierFile(PathString path) =>
        path.StartsWithSegments("/dossiers") && path.Value?.EndsWith("/bestand", StringComparison.Ordinal) == true;

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/_framework") || path.StartsWithSegments("/css") || path.Value?.EndsWith(".css", StringComparison.Ordinal) == true
        || path.Value?.EndsWith(".js", StringComparison.Ordinal) == true || path.Value?.EndsWith(".ico", StringComparison.Ordinal) == true;
}
