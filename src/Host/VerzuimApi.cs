using Verzuim.Absence;
using Verzuim.Accounts;
using Verzuim.SecondFactor;
using Verzuim.Host.Explorer;
using Verzuim.Host.GraphQL;
using Verzuim.Host.Health;

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
        builder.Services.AddComposedGraphQL(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication UseVerzuimApi(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.MapComposedGraphQL();
        app.MapExplorer();
        app.MapHealthEndpoints();
        return app;
    }
}
