using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Policies;

namespace Verzuim.SecondFactor;

/// <summary>
/// The SecondFactor module: the employer's allowed methods and, per account, security keys, authenticator apps,
/// SMS numbers and recovery codes. Everything in it is internal; this registration is its surface.
/// </summary>
public static class SecondFactorModule
{
    public static IServiceCollection AddSecondFactorModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SecondFactorDbContext>(SecondFactorDbContext.Schema);
        services.AddScoped<EmployerPolicies>();
        services.AddSingleton<IGraphQLContribution, PolicyFields>();
        services.AddGraphQL(graphql => graphql.AddGraphTypes(typeof(SecondFactorModule).Assembly));
        return services;
    }
}
