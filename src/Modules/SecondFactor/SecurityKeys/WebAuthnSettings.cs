using Microsoft.Extensions.Configuration;

namespace Verzuim.SecondFactor.SecurityKeys;

/// <summary>
/// The relying party as WebAuthn sees it: the Web portal's public address (`Web:PublicBaseUrl`) gives both the RP ID
/// (its host name) and the only origin keys may sign for. `SecondFactor:WebAuthn:RpId` and `:Origin` override it.
/// </summary>
internal sealed record WebAuthnSettings(string RpId, string Origin, string RpName)
{
    public static WebAuthnSettings From(IConfiguration configuration)
    {
        var portal = new Uri(configuration["Web:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://localhost:5000");
        var origin = configuration["SecondFactor:WebAuthn:Origin"] ?? portal.GetLeftPart(UriPartial.Authority);
        return new WebAuthnSettings(configuration["SecondFactor:WebAuthn:RpId"] ?? portal.Host, origin, "Werknemerportaal");
    }
}
