using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Verzuim.Web.Dossiers;

/// <summary>
/// The text of a zienswijze that was refused, carried back to the form so the employee does not type it again. It
/// travels in a short-lived cookie (encrypted, split over several cookies when long) for the one redirect, and the form
/// takes it out when it shows it. Nothing is kept on the server.
/// </summary>
internal sealed class ViewpointDraft(IDataProtectionProvider protection)
{
    private const string CookieName = "verzuim-zienswijze";
    private static readonly ChunkingCookieManager Cookies = new();
    private readonly IDataProtector protector = protection.CreateProtector("Verzuim.Web.ViewpointDraft");

    public void Keep(HttpContext http, string dossierId, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        Cookies.AppendResponseCookie(http, CookieName, protector.Protect(text), Options(http, dossierId));
    }

    /// <summary>The kept text, if any, and the cookie gone.</summary>
    public string? Take(HttpContext http, string dossierId)
    {
        var value = Cookies.GetRequestCookie(http, CookieName);
        if (value is null)
        {
            return null;
        }
        Cookies.DeleteCookie(http, CookieName, Options(http, dossierId));
        try
        {
            return protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext http, string dossierId) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = $"/dossiers/{Uri.EscapeDataString(dossierId)}/zienswijze",
        MaxAge = TimeSpan.FromMinutes(10),
        IsEssential = true,
    };
}
