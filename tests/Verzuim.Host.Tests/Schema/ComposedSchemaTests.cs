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

        schema.Query.Fields.Select(field => field.Name).ShouldBeSubsetOf(schema.Query.Fields.Select(field => field.Name));
        schema.Query.Fields.Select(field => field.Name).ShouldContain("me");
        schema.Query.Fields.Select(field => field.Name).ShouldContain("node");
        schema.Mutation!.Fields.Select(field => field.Name).ShouldContain("login");
        schema.AllTypes["Date"].ShouldNotBeNull();
    }
}
