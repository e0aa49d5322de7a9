using Microsoft.AspNetCore.DataProtection;

namespace Verzuim.Web.Account;

/// <summary>
/// Between the validation page and the choose-password page, the Host's registration ticket waits in an encrypted,
/// HttpOnly, SameSite=Strict cookie for at most 30 minutes, so it never appears in a URL or in the page.
/// </summary>
internal sealed class RegistrationTicketCookie(IDataProtectionProvider protection)
{
    private const string Name = "verzuim.registratie";
    private readonly IDataProtector protector = protection.CreateProtector("Verzuim.Web.RegistrationTicket");

    public void Store(HttpContext http, string ticket, string firstName, string email) =>
        http.Response.Cookies.Append(Name, protector.Protect($"{ticket}\n{firstName}\n{email}"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(30),
            Path = "/registreren",
            IsEssential = true,
        });

    /// <param name="http">The request.</param>
    /// <returns>The ticket, the first name to greet with, and the address the employee confirmed (for the login form).</returns>
    public (string Ticket, string FirstName, string Email)? Read(HttpContext http)
    {
        if (http.Request.Cookies[Name] is not { } value)
        {
            return null;
        }
        try
        {
            var parts = protector.Unprotect(value).Split('\n', 3);
            return (parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 ? parts[2] : "");
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void Clear(HttpContext http) => http.Response.Cookies.Delete(Name, new CookieOptions { Path = "/registreren" });
}
