namespace Verzuim.Dossiers.Tests;

[CollectionDefinition(Name)]
public sealed class DossiersApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "Dossiers API";
}
