using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Verzuim.Host.Tests.Schema;

[Collection(HostApiCollection.Name)]
public sealed class ComposedSchemaTests(VerzuimApiFactory api)
{
    /// <summary>Any change to the API shows up here, in review, as a changed snapshot.</summary>
    [Fact]
    public void The_composed_schema_matches_its_snapshot()
    {
        var schema = api.Services.GetRequiredService<ISchema>();

        schema.Print().MatchSnapshot();
    }

    [Fact]
    public void Every_module_contributes_to_the_one_schema_under_the_shared_root_types()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        // One field of each module: Accounts, SecondFactor, Absence, Dossiers, and the Host's own `node`.
        new[] { "me", "mySecondFactors", "myAbsences", "myDossiers", "node" }.ShouldBeSubsetOf(schema.Query.Fields.Select(field => field.Name));
        new[] { "login", "verifyAuthenticatorCode", "reportSick", "publishDocument" }.ShouldBeSubsetOf(schema.Mutation!.Fields.Select(field => field.Name));
        schema.AllTypes["Date"].ShouldNotBeNull();
    }

    [Fact]
    public void Every_instant_travels_as_the_one_DateTime_scalar_with_its_offset()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        schema.AllTypes["DateTime"].ShouldBeOfType<Verzuim.BuildingBlocks.GraphQL.InstantGraphType>();
        schema.AllTypes["DateTimeOffset"].ShouldBeNull();
    }
}
