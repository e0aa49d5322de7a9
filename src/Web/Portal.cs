using Microsoft.Extensions.DependencyInjection.Extensions;
using Verzuim.Web.Account;
using Verzuim.Web.Api;
using Verzuim.Web.Components;
using Verzuim.Web.Development;
using Verzuim.Web.Dossiers;
using Verzuim.Web.Localization;
using Verzuim.Web.Security;

namespace Verzuim.Web;

/// <summary>The employee portal: Razor Components rendered on the server, talking to the Host only over GraphQL.</summary>
public static class Portal
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddPortalLocalization();
        services.AddHostApi(builder.Configuration);
        services.AddPortalSessions(builder.Configuration, builder.Environment);
        services.AddHttpContextAccessor();
        services.AddSingleton<Dossiers.ViewpointDraft>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDevelopmentOutbox(builder.Configuration, builder.Environment);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/fout",
                CreateScopeForErrors = true,
                // The Host being unreachable is a temporary outage, not a fault of the page.
                StatusCodeSelector = error => error is HttpRequestException or HostApiException or TaskCanceledException
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/niet-gevonden", createScopeForStatusCodePages: true);
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UsePortalLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSessionEndedRedirect();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapAccountEndpoints();
        app.MapDossierEndpoints();
        app.MapLanguageSwitch();
        return app;
    }
}
