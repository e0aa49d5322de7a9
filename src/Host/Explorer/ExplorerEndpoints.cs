namespace Verzuim.Host.Explorer;

/// <summary>
/// The Altair explorer at /graphql/ui, rendered into wwwroot from the npm package `altair-static` by the set-up
/// script (scripts/lib/setup.sh). It talks to /graphql like any other client.
/// </summary>
internal static class ExplorerEndpoints
{
    public const string Path = "/graphql/ui";

    public static WebApplication MapExplorer(this WebApplication app)
    {
        // Routing matches /graphql/ui and /graphql/ui/ alike; the page's relative asset paths need the slash.
        app.MapGet(Path, (HttpContext http) =>
        {
            var index = System.IO.Path.Combine(app.Environment.WebRootPath ?? "", "graphql", "ui", "index.html");
            if (!File.Exists(index))
            {
                return Results.Text("The GraphQL explorer is not installed. Run scripts/run (or scripts/test) once to install it.", statusCode: 404);
            }
            return http.Request.Path.Value!.EndsWith('/') ? Results.File(index, "text/html; charset=utf-8") : Results.Redirect(Path + "/");
        });
        return app;
    }
}
