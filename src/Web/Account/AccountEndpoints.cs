using Microsoft.AspNetCore.Antiforgery;
using Verzuim.Web.Api;

namespace Verzuim.Web.Account;

internal static class AccountEndpoints
{
    /// <summary>POST /uitloggen: ends the session at the Host (for real, not only the cookie) and returns to the login page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/uitloggen", async (HttpContext http, IAntiforgery antiforgery, HostApi api, PortalSignIn signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
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
            return Results.Redirect("/inloggen?melding=uitgelogd");
        }).DisableAntiforgery();
        return endpoints;
    }
}
