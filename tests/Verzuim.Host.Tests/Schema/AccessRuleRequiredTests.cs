using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.Tests.Schema;

/// <summary>A root field that says nothing about who may use it must stop the Host from starting.</summary>
public sealed class AccessRuleRequiredTests
{
    private sealed class CarelessContribution : IGraphQLContribution
    {
        public void AddQueryFields(ObjectGraphType query) => query.Field<StringGraphType>("forgotten").Resolve(_ => "open to all");

        public void AddMutationFields(ObjectGraphType mutation)
        {
        }
    }

    private sealed class CarelessApi : VerzuimApiFactory
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IGraphQLContribution, CarelessContribution>();
    }

    [Fact]
    public async Task A_root_field_without_an_access_rule_stops_the_host_from_starting()
    {
        var api = new CarelessApi();

        var failure = await Should.ThrowAsync<Exception>(((IAsyncLifetime)api).InitializeAsync);

        failure.ToString().ShouldContain("Root fields without an access rule on Query: forgotten");
        await ((IAsyncLifetime)api).DisposeAsync();
    }
}
