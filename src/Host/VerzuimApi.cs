using Verzuim.Absence;
using Verzuim.Accounts;
using Verzuim.BuildingBlocks.Http;
using Verzuim.Dossiers;
using Verzuim.Host.Explorer;
using Verzuim.Host.GraphQL;
using Verzuim.Host.Health;
using Verzuim.SecondFactor;

namespace Verzuim.Host;

/// <summary>The one composition of the API, used by Program and by every test that starts the Host.</summary>
public static class VerzuimApi
{
    public static WebApplicationBuilder AddVerzuimApi(this WebApplicationBuilder builder)
    {
        builder.AddPlatform();
        builder.Services.AddAccountsModule(builder.Configuration);
        builder.Services.AddSecondFactorModule(builder.Configuration);
        builder.Services.AddAbsenceModule(builder.Configuration);
        builder.Services.AddDossiersModule(builder.Configuration);
        builder.Services.AddComposedGraphQL(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication UseVerzuimApi(this WebApplication app)
    {
        app.UseInternalErrors();
        app.UseForwardedHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.MapComposedGraphQL();
        app.MapModuleEndpoints();
        app.MapExplorer();
        app.MapHealthEndpoints();
        return app;
    }

    /// <summary>The modules' plain HTTP endpoints (file uploads and downloads), throttled like the API.</summary>
    private static void MapModuleEndpoints(this WebApplication app)
    {
        var throttled = app.MapGroup("").RequireRateLimiting(RateLimits.PolicyName);
        foreach (var contribution in app.Services.GetServices<IHttpEndpointContribution>())
        {
            contribution.MapEndpoints(throttled);
        }
    }
}
