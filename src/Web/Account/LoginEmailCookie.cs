using Microsoft.AspNetCore.DataProtection;

namespace Verzuim.Web.Account;

/// <summary>
/// The e-mail address of the last registration or login on this device, so the login form has it filled in when the
/// employee comes back soon after: right after registering, or for the fresh login a change of second factor asks.
/// Encrypted, HttpOnly, only sent to the login page, gone after an hour or at an explicit logout.
/// </summary>
internal sealed class LoginEmailCookie(IDataProtectionProvider protection)
{
    private const string Name = "verzuim.inlognaam";
    private const string Path = "/inloggen";
    private readonly IDataProtector protector = protection.CreateProtector("Verzuim.Web.LoginEmail");

    public void Remember(HttpContext http, string email) =>
        http.Response.Cookies.Append(Name, protector.Protect(email.Trim()), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromHours(1),
            Path = Path,
            IsEssential = true,
        });

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

    public void Forget(HttpContext http) => http.Response.Cookies.Delete(Name, new CookieOptions { Path = Path });
}
