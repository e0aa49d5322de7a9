using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Verzuim.Accounts.Tests;

/// <summary>The Host on the real clock. Tests share it; each makes its own employer, so they cannot see each other.</summary>
[CollectionDefinition(Name)]
public sealed class AccountsApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "Accounts API";
}

/// <summary>The Host on a clock the tests move, for expiry, idle time and reminders. Its tests run one at a time.</summary>
public sealed class ClockedApiFactory : VerzuimApiFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("Accounts:Reminders:IntervalSeconds", "86400")];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

[CollectionDefinition(Name)]
public sealed class ClockedApiCollection : ICollectionFixture<ClockedApiFactory>
{
    public const string Name = "Accounts API on a test clock";
}

/// <summary>The Host for tests that measure (time, hash counts): they run after all others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "Accounts API, measured alone";
}

/// <summary>The Host with low per-address limits, to see them hold.</summary>
public sealed class LowLimitsApiFactory : VerzuimApiFactory
{
    public const int FailuresPerSource = 5;
    public const int RequestsPerMinute = 12;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Accounts:LoginLimits:FailuresPerSource", FailuresPerSource.ToString()),
        new("RateLimiting:RequestsPerMinutePerAddress", RequestsPerMinute.ToString()),
    ];
}
