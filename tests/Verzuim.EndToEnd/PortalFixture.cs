extern alias web;

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Verzuim.EndToEnd;

/// <summary>
/// Host and Web on real ports, as a browser sees them, with Debian's Chromium driven by Playwright.
/// The Host's mails go to the test SMTP server; their links point at this Web.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public HostOnPort Api { get; } = new(FreePort(), FreePort());

    /// <summary>Host and Web share this clock, so a test can move both past a time limit.</summary>
    public ShiftableClock Clock => Api.Clock;

    public WebOnPort Web { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    private IPlaywright playwright = default!;

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        Web = new WebOnPort(Api.WebPort, Api.BaseUrl, Api.Clock);
        Web.UseKestrel(Api.WebPort);
        Web.StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Web.DisposeAsync();
        await ((IAsyncLifetime)Api).DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The Host on a real port; its mail links point at the Web app's address, its SMS go to a fake MessageBird.</summary>
public sealed class HostOnPort(int hostPort, int webPort) : VerzuimApiFactory
{
    public int WebPort { get; } = webPort;

    public ShiftableClock Clock { get; } = new();

    public WireMock.Server.WireMockServer MessageBird { get; } = StartMessageBird();

    /// <summary>The code in the newest SMS, read from the request the fake MessageBird received.</summary>
    public string LastSmsCode() =>
        System.Text.RegularExpressions.Regex.Match(MessageBird.LogEntries.Last().RequestMessage!.Body!, @"\b\d{6}\b").Value;

    private static WireMock.Server.WireMockServer StartMessageBird()
    {
        var server = WireMock.Server.WireMockServer.Start();
        server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/messages").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(201).WithBody("{}"));
        return server;
    }

    public string BaseUrl => $"http://127.0.0.1:{hostPort}/";

    public override async Task InitializeAsync()
    {
        UseKestrel(hostPort);
        await base.InitializeAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("Web:PublicBaseUrl", $"http://localhost:{WebPort}"), new("Sms:MessageBird:BaseUrl", MessageBird.Url!)];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>The Web app exactly as its Program composes it, pointed at the Host above.</summary>
public sealed class WebOnPort(int port, string apiBaseUrl, TimeProvider clock) : WebApplicationFactory<web::Program>
{
    public string BaseUrl { get; } = $"http://localhost:{port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the framework's script and the fingerprinted files come from a publish folder;
        // the tests run from the build output, as Development does.
        builder.UseStaticWebAssets();
        builder.UseSetting("Api:BaseUrl", apiBaseUrl);
        builder.UseSetting("Portal:SecureCookies", "false");
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal in a browser";
}
