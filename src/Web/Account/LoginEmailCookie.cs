using Microsoft.AspNetCore.DataProtection;

namespace Verzuim.Web.Account;

/// <summary>
/// The e-mail address of the last registration, login or password-reset request on this device, so the login form has
/// it filled in when the employee comes back soon after (right after registering, or for the fresh login a change of
/// second factor asks), and the reset page can name the account to a password manager. Encrypted, HttpOnly, only
/// sent to those two pages, gone after an hour or at an explicit logout.
/// </summary>
internal sealed class LoginEmailCookie(IDataProtectionProvider protection)
{
    private const string Name = "verzuim.inlognaam";
    private static readonly string[] Paths = ["/inloggen", "/wachtwoord-herstellen"];
    private readonly IDataProtector protector = protection.CreateProtector("Verzuim.Web.LoginEmail");

    public void Remember(HttpContext http, string email)
    {
        var value = protector.Protect(email.Trim());
        foreach (var path in Paths)
        {
            http.Response.Cookies.Append(Name, value, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                MaxAge = TimeSpan.FromHours(1),
                Path = path,
                IsEssential = true,
            });
        }
    }

    public string? Read(HttpContext http)
    {
        if (http.Request.Cookies[Name] is not { } value)
        {
            return null;
        }
        try
        {
            return protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void Forget(HttpContext http)
    {
        foreach (var path in Paths)
        {
            http.Response.Cookies.Delete(Name, new CookieOptions { Path = path });
        }
    }
}
