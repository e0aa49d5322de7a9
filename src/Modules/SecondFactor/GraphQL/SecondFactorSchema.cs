using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.SecondFactor.GraphQL;

/// <summary>
/// The module's area of the composed schema (policies, factors, SMS, security keys and their management): its root
/// fields and graph types. The Host composes every module's area into one schema; the use cases behind it know
/// nothing of GraphQL.
/// </summary>
internal static class SecondFactorSchema
{
    public static IServiceCollection AddSecondFactorSchema(this IServiceCollection services)
    {
        services.AddSingleton<IGraphQLContribution, PolicyFields>();
        services.AddSingleton<IGraphQLContribution, FactorFields>();
        services.AddSingleton<IGraphQLContribution, SmsFields>();
        services.AddSingleton<IGraphQLContribution, SecurityKeyFields>();
        services.AddSingleton<IGraphQLContribution, ManagementFields>();
        services.AddGraphQL(graphql => graphql.AddGraphTypes(typeof(SecondFactorSchema).Assembly));
        return services;
    }
}
