using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Verzuim.Web.Api;

/// <summary>What every request to the Host carries: the visitor's session token, and their address so the Host throttles per person rather than per Web server.</summary>
internal static class HostRequests
{
    public static HttpRequestMessage AsVisitor(this HttpRequestMessage request, HttpContext? visitor)
    {
        if (visitor?.User.FindFirst(PortalClaims.SessionToken)?.Value is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (visitor?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.Add("X-Forwarded-For", address.ToString());
        }
        return request;
    }

    public static void PointAtHost(this HttpClient http, IServiceProvider services) =>
        http.BaseAddress = new Uri(services.GetRequiredService<IOptions<HostApiOptions>>().Value.BaseUrl.TrimEnd('/') + "/");
}
