using Microsoft.AspNetCore.Antiforgery;
using Verzuim.Web.Api;
using Verzuim.Web.Localization;

namespace Verzuim.Web.Account;

internal static class AccountEndpoints
{
    /// <summary>POST /uitloggen: ends the session and returns to the login page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Logging out on purpose also forgets the address the login form would fill in: the device may be shared.
        endpoints.MapPost("/uitloggen", async (HttpContext http, IAntiforgery antiforgery, HostApi api, PortalSignIn signIn, LoginEmailCookie loginEmail) =>
        {
            if (!await EndSessionAsync(http, antiforgery, api, signIn))
            {
                return Results.BadRequest();
            }
            loginEmail.Forget(http);
            return Results.Redirect("/inloggen?melding=uitgelogd");
        }).DisableAntiforgery();

        // POST /opnieuw-inloggen: for changes that need a fresh login check. The new login returns to the page (`terug`).
        endpoints.MapPost("/opnieuw-inloggen", async (HttpContext http, IAntiforgery antiforgery, HostApi api, PortalSignIn signIn) =>
        {
            var back = LocalPaths.OrHome(http.Request.Form["terug"]);
            return await EndSessionAsync(http, antiforgery, api, signIn)
                ? Results.Redirect($"/inloggen?melding=opnieuw-bevestigen&terug={Uri.EscapeDataString(back)}")
                : Results.BadRequest();
        }).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Ends the session at the Host (for real, not only the cookie) and removes the cookie.</summary>
    private static async Task<bool> EndSessionAsync(HttpContext http, IAntiforgery antiforgery, HostApi api, PortalSignIn signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return false;
        }
        try
        {
            await api.LogoutAsync(http.RequestAborted);
        }
        catch (SessionEndedException)
        {
            // Already ended at the Host; the cookie goes too.
        }
        await signIn.SignOutAsync();
        return true;
    }
}
