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
        app.MapGet(Path, (HttpContext http) =>
        {
            var installed = File.Exists(System.IO.Path.Combine(app.Environment.WebRootPath ?? "", "graphql", "ui", "index.html"));
            return installed
                ? Results.Redirect(Path + "/")
                : Results.Text("The GraphQL explorer is not installed. Run scripts/run (or scripts/test) once to install it.", statusCode: 404);
        });
        return app;
    }
}
