using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.BuildingBlocks.Http;

public static class BearerCallers
{
    /// <returns>The anonymous caller without a token, null for a token that is not (or no longer) valid.</returns>
    public static async Task<Caller?> AuthenticateAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AnonymousCaller.Instance;
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var authenticator = http.RequestServices.GetRequiredService<ICallerAuthenticator>();
        return await authenticator.AuthenticateAsync(header["Bearer ".Length..].Trim(), http.RequestAborted);
    }
}
