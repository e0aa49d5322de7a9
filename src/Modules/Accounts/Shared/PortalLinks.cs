using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Verzuim.Accounts.Shared;

/// <summary>
/// Links in mails point at the Web portal's configured public address (`Web:PublicBaseUrl`), never at the Host header
/// of the request that caused the mail: a forged header cannot send employees to someone else's site.
/// </summary>
internal sealed class PortalLinks(IOptions<PortalOptions> options)
{
    private Uri Base => new(options.Value.PublicBaseUrl.TrimEnd('/') + "/");

    public Uri Invitation(string token) => new(Base, $"uitnodiging/{Uri.EscapeDataString(token)}");

    public Uri SetPassword(string token) => new(Base, $"wachtwoord-herstellen/{Uri.EscapeDataString(token)}");

    public Uri Login() => new(Base, "inloggen");
}

internal sealed class PortalOptions
{
    public const string Section = "Web";

    [Required, Url]
    public string PublicBaseUrl { get; set; } = "";
}
