using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Verzuim.Testing;

/// <summary>
/// The in-memory test server has no remote address. Requests get the loopback address, as when the Web app calls the
/// Host on the same machine, so the Host's forwarded-address handling and per-address limits work as in production.
/// </summary>
internal sealed class LoopbackCaller : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(http);
        });
        next(app);
    };
}
