namespace Verzuim.Dossiers.Tests;

[CollectionDefinition(Name)]
public sealed class DossiersApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "Dossiers API";
}

/// <summary>A Host that allows few requests per address, for the throttling of the file endpoints.</summary>
public sealed class ThrottledApiFactory : VerzuimApiFactory
{
    public const int RequestsPerMinute = 6;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("RateLimiting:RequestsPerMinutePerAddress", RequestsPerMinute.ToString())];
}
