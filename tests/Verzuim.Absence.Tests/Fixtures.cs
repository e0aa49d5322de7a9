namespace Verzuim.Absence.Tests;

[CollectionDefinition(Name)]
public sealed class AbsenceApiCollection : ICollectionFixture<VerzuimApiFactory>
{
    public const string Name = "Absence API";
}
