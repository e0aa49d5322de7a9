using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Background;
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

    public VerzuimApiFactory()
    {
        Smtp = new TestSmtpServer();
        Keys = new SharedKeys(RandomKey(), RandomKey());
    }

    /// <summary>A second Host on the first one's database and mail relay, as two processes share them in production.</summary>
    protected VerzuimApiFactory(VerzuimApiFactory first)
    {
        this.first = first;
        ConnectionString = first.ConnectionString;
        Smtp = first.Smtp;
        Keys = first.Keys;
    }

    public TestSmtpServer Smtp { get; }

    /// <summary>The keys every instance of one deployment shares: a second Host on the same database must read what the first sealed.</summary>
    private SharedKeys Keys { get; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>
    /// Runs the Host's catch-up work now (the feed's positions, then the dossier projection), as its workers do moments
    /// after a commit: for a test that reads at once what it has just written through another module.
    /// </summary>
    public async Task CatchUpAsync()
    {
        foreach (var work in Services.GetServices<ICatchUp>())
        {
            await work.CatchUpAsync(CancellationToken.None);
        }
    }

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
            ["Email:BodyKey"] = Keys.MailBodies,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Smtp.Port.ToString(),
            ["Email:Smtp:Security"] = "None",
            ["RateLimiting:RequestsPerMinutePerAddress"] = "100000",
            ["Accounts:LoginLimits:FailuresPerSource"] = "100000",
            ["Sms:MessageBird:BaseUrl"] = "http://127.0.0.1:9/",
            ["Sms:MessageBird:AccessKey"] = "test-access-key",
            ["SecondFactor:SecretKey"] = Keys.SecondFactor,
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

    private static string RandomKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private sealed record SharedKeys(string MailBodies, string SecondFactor);
}
