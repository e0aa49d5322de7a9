namespace Verzuim.SecondFactor.Tests;

[CollectionDefinition(Name)]
public sealed class SecondFactorApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "SecondFactor API";
}

/// <summary>The Host on a clock the tests move, for the ten-minute limits.</summary>
public sealed class ClockedApiFactory : VerzuimApiFactory
{
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, Clock);
}

[CollectionDefinition(Name)]
public sealed class ClockedApiCollection : ICollectionFixture<ClockedApiFactory>
{
    public const string Name = "SecondFactor API on a test clock";
}
