using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Verzuim.Web.Tests.Security;

/// <summary>The Web app as its Program composes it, in a chosen environment. Pages tested here do not call the Host.</summary>
public sealed class PortalApp(string environment, string? outboxFolder = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Api:BaseUrl", "http://127.0.0.1:9/");
        if (outboxFolder is not null)
        {
            builder.UseSetting("DevelopmentOutbox:Path", outboxFolder);
        }
    }
}
