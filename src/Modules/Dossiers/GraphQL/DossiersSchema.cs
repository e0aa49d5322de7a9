using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Dossiers.GraphQL;

/// <summary>
/// The module's area of the composed schema (dossiers, documents, document types, messages and the access log): its
/// root fields and graph types. The Host composes every module's area into one schema; the use cases behind it know
/// nothing of GraphQL.
/// </summary>
internal static class DossiersSchema
{
    public static IServiceCollection AddDossiersSchema(this IServiceCollection services)
    {
        services.AddSingleton<IGraphQLContribution, DossierFields>();
        services.AddSingleton<IGraphQLContribution, DocumentFields>();
        services.AddSingleton<IGraphQLContribution, DocumentTypeFields>();
        services.AddSingleton<IGraphQLContribution, MessageFields>();
        services.AddSingleton<IGraphQLContribution, AccessLogFields>();
        services.AddSingleton<IGraphTypeExtension, DashboardCountsExtension>();
        services.AddGraphQL(graphql => graphql.AddGraphTypes(typeof(DossiersSchema).Assembly));
        return services;
    }
}
