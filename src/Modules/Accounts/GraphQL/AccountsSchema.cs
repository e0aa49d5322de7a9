using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

/// <summary>
/// The module's area of the composed schema (sessions, employers, employees, invitations, employer users and API
/// clients): its root fields and graph types. The Host composes every module's area into one schema; the use cases
/// behind it know nothing of GraphQL.
/// </summary>
internal static class AccountsSchema
{
    public static IServiceCollection AddAccountsSchema(this IServiceCollection services)
    {
        services.AddSingleton<IGraphQLContribution, SessionFields>();
        services.AddSingleton<IGraphQLContribution, EmployerFields>();
        services.AddSingleton<IGraphQLContribution, EmployeeFields>();
        services.AddSingleton<IGraphQLContribution, InvitationFields>();
        services.AddSingleton<IGraphQLContribution, EmployerUserFields>();
        services.AddSingleton<IGraphQLContribution, ApiClientFields>();
        foreach (var node in AccountsNodes.All)
        {
            services.AddSingleton(node);
        }
        services.AddGraphQL(graphql => graphql.AddGraphTypes(typeof(AccountsSchema).Assembly));
        return services;
    }
}
