using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Verzuim.Testing;

/// <summary>
/// The Host exactly as Program.cs composes it, on a database of its own and a real SMTP server on loopback.
/// Tests may change settings and replace the clock; they never build the API another way.
/// </summary>
public class VerzuimApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PortalUrl = "https://portaal.verzuim.test";

    private readonly VerzuimApiFactory? first;

    public VerzuimApiFactory() => Smtp = new TestSmtpServer();

    /// <summary>A second Host on the first one's database and mail relay, as two processes share them in production.</summary>
    protected VerzuimApiFactory(VerzuimApiFactory first)
    {
        this.first = first;
        ConnectionString = first.ConnectionString;
        Smtp = first.Smtp;
    }

    public TestSmtpServer Smtp { get; }

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        if (first is null)
        {
            ConnectionString = await TestPostgres.CreateDatabaseAsync("verzuim_test");
        }
        StartServer();
    }

    /// <summary>Settings a test fixture wants different from the defaults below.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() => [];

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(Path.Combine(RepositoryRoot.Path, "src", "Host"));
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Verzuim"] = ConnectionString,
            ["Web:PublicBaseUrl"] = PortalUrl,
            ["Email:FromAddress"] = "portaal@verzuim.test",
            ["Email:BodyKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Smtp.Port.ToString(),
            ["Email:Smtp:Security"] = "None",
            ["RateLimiting:RequestsPerMinutePerAddress"] = "100000",
            ["Accounts:LoginLimits:FailuresPerSource"] = "100000",
            ["Sms:MessageBird:BaseUrl"] = "http://127.0.0.1:9/",
            ["Sms:MessageBird:AccessKey"] = "test-access-key",
            ["SecondFactor:SecretKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in Settings())
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, LoopbackCaller>();
            services.AddSingleton<GraphQL.DI.IConfigureExecution, SchemaCoverage.SchemaCoverageRecorder>();
            ConfigureServices(services);
        });
    }

    public GraphQLTestClient GraphQL() => new(CreateClient(), Services.GetRequiredService<TimeProvider>());

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SchemaCoverage.SchemaCoverageRecorder.Flush();
        if (first is null)
        {
            await Smtp.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(ConnectionString);
        }
    }
}
