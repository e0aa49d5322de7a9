namespace Verzuim.SecondFactor.Tests;

[CollectionDefinition(Name)]
public sealed class SecondFactorApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "SecondFactor API";
}
