using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

/// <summary>
/// The module's area of the composed schema (reports, absences, the dashboard, settings and the payroll feed): its
/// root fields and graph types. The Host composes every module's area into one schema; the use cases behind it know
/// nothing of GraphQL.
/// </summary>
internal static class AbsenceSchema
{
    public static IServiceCollection AddAbsenceSchema(this IServiceCollection services)
    {
        services.AddSingleton<IGraphQLContribution, SettingsFields>();
        services.AddSingleton<IGraphQLContribution, ReportingFields>();
        services.AddSingleton<IGraphQLContribution, AbsenceFields>();
        services.AddSingleton<IGraphQLContribution, DashboardFields>();
        services.AddSingleton<IGraphQLContribution, FeedFields>();
        services.AddSingleton(AbsenceFields.Node);
        services.AddGraphQL(graphql => graphql.AddGraphTypes(typeof(AbsenceSchema).Assembly));
        return services;
    }
}
