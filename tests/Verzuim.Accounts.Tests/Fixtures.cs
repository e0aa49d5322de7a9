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
