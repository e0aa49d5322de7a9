using System.Net.Sockets;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Testing;

namespace Verzuim.Bench;

/// <summary>
/// The Host exactly as Program.cs composes it, on Kestrel over loopback, plus one hand-written minimal endpoint
/// (/raw/me) that does the same reads as the GraphQL `me` query, to measure what the GraphQL layer costs.
/// </summary>
/// <param name="hashingIterations">Lower only where logins are set-up work around what is measured.</param>
internal sealed class BenchHost(int hashingConcurrency, int? hashingIterations = null) : VerzuimApiFactory
{
    /// <summary>The real clock, which the second-factor benchmark moves on by a TOTP step per login.</summary>
    public ShiftableClock Clock { get; } = new();

    public int Port { get; } = FreePort();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public override async Task InitializeAsync()
    {
        UseKestrel(Port);
        await base.InitializeAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("RateLimiting:RequestsPerMinutePerAddress", "100000000"),
        new("Accounts:PasswordHashing:Concurrency", hashingConcurrency.ToString()),
        new("Accounts:PasswordHashing:MaxQueue", "1000"),
        new("Logging:LogLevel:Default", "Warning"),
        .. hashingIterations is { } iterations ? [new KeyValuePair<string, string>("Accounts:PasswordHashing:Iterations", iterations.ToString())] : Array.Empty<KeyValuePair<string, string>>(),
    ];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IStartupFilter, RawMeEndpoint>();
        services.AddSingleton<IStartupFilter, RawBytesEndpoint>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
