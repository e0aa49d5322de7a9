namespace Verzuim.Host.Tests;

[CollectionDefinition(Name)]
public sealed class HostApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "Host API";
}
