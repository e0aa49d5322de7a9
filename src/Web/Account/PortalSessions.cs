using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Verzuim.Web.Api;

namespace Verzuim.Web.Account;

/// <summary>
/// The Host's session token travels inside Web's own encrypted authentication cookie: HttpOnly, SameSite=Lax, and
/// `__Host-`-prefixed and Secure wherever the portal is served over HTTPS. The Host stays the judge of the session.
/// </summary>
internal static class PortalSessions
{
    /// <summary>For the second-factor pages: any signed-in visitor, also one who has only passed the password.</summary>
    public const string PasswordOnly = "password-only";

    public static IServiceCollection AddPortalSessions(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var secure = configuration.GetValue("Portal:SecureCookies", !environment.IsDevelopment());
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = secure ? "__Host-verzuim" : "verzuim";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.Path = "/";
            cookie.LoginPath = "/inloggen";
            // A signed-in visitor who may not see a page yet still owes the second factor.
            cookie.AccessDeniedPath = "/tweestapsverificatie";
            cookie.ReturnUrlParameter = "terug";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = false;
            cookie.Events.OnRedirectToLogin = context =>
            {
                // The browser still holds a cookie that no longer opens a session: its session ran out, and the visitor hears so.
                var ranOut = context.Request.Cookies.ContainsKey(context.Options.Cookie.Name!);
                context.Response.Redirect(ranOut ? QueryHelpers.AddQueryString(context.RedirectUri, "melding", "sessie-verlopen") : context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(PortalClaims.SessionState, PortalClaims.Full).Build())
            .AddPolicy(PasswordOnly, policy => policy.RequireAuthenticatedUser());
        services.AddScoped<PortalSignIn>();
        services.AddSingleton<RegistrationTicketCookie>();
        services.AddSingleton<LoginEmailCookie>();
        return services;
    }

    /// <summary>An expired or revoked session anywhere in a page means: log in again, with a friendly word why.</summary>
    public static IApplicationBuilder UseSessionEndedRedirect(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        try
        {
            await next(http);
        }
        catch (Exception error) when (IsSessionEnded(error) && !http.Response.HasStarted)
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            http.Response.Redirect("/inloggen?melding=sessie-verlopen");
        }
    });

    private static bool IsSessionEnded(Exception error) =>
        error is SessionEndedException || error.InnerException is SessionEndedException
        || (error is AggregateException aggregate && aggregate.InnerExceptions.Any(inner => inner is SessionEndedException));
}

internal sealed class PortalSignIn(IHttpContextAccessor accessor)
{
    /// <param name="returnPath">For a session that still owes its second factor: the local page to continue to after it.</param>
    public Task SignInAsync(Session session, string? returnPath = null)
    {
        Claim[] claims = session.State == PortalClaims.Full || returnPath is null
            ? [new Claim(PortalClaims.SessionToken, session.Token), new Claim(PortalClaims.SessionState, session.State)]
            : [new Claim(PortalClaims.SessionToken, session.Token), new Claim(PortalClaims.SessionState, session.State),
               new Claim(PortalClaims.ReturnPath, Localization.LocalPaths.OrHome(returnPath))];
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        return accessor.HttpContext!.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, ExpiresUtc = session.ExpiresAt });
    }

    /// <summary>The page a login asked to return to, kept through the second step; home when it asked none.</summary>
    public string ReturnPath => Localization.LocalPaths.OrHome(accessor.HttpContext?.User.FindFirst(PortalClaims.ReturnPath)?.Value);

    public Task SignOutAsync() => accessor.HttpContext!.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
}
