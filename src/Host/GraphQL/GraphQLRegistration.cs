using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.Configuration;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

internal static class GraphQLRegistration
{
    /// <summary>The composed schema with its limits and rules, and our HTTP endpoint in front of it.</summary>
    public static IServiceCollection AddComposedGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddValidatedOptions<GraphQLOptions>(configuration.GetSection(GraphQLOptions.Section));
        services.AddGraphQL(graphql => graphql
            .AddSchema<VerzuimSchema>()
            .AddGraphTypes(typeof(NodeInterface).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(new SafeErrorInfoProvider())
            .AddComplexityAnalyzer((complexity, provider) => RequestCost.Configure(complexity, provider.GetRequiredService<GraphQLOptions>()))
            .AddValidationRule(provider => new FieldCountLimit(provider.GetRequiredService<GraphQLOptions>().MaxFields), useForCachedDocuments: false)
            .AddValidationRule(AccessValidationRule.Instance, useForCachedDocuments: true)
            .AddValidationRule(new IntrospectionGate(environment.IsDevelopment()), useForCachedDocuments: true)
            // Resolvers share the request's DbContext, which allows one operation at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddUnhandledExceptionHandler(LogUnhandled));
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ValidatedDocuments>());
        services.AddSingleton<IConfigureExecution, InputErrors>();
        services.AddScoped<GraphQLHttpEndpoint>();
        return services;
    }

    /// <summary>Logs the exception under the request's trace id, and marks it with that id for the client's answer.</summary>
    private static void LogUnhandled(UnhandledExceptionContext context)
    {
        var traceId = (context.Context?.UserContext as CallerContext)?.TraceId;
        context.OriginalException.Data[SafeErrorInfoProvider.TraceIdKey] = traceId;
        context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Verzuim.GraphQL")
            .LogError(context.OriginalException, "Unhandled error in field {Field}; trace id {TraceId}", context.FieldContext?.FieldDefinition.Name, traceId);
    }

    public static IEndpointRouteBuilder MapComposedGraphQL(this IEndpointRouteBuilder endpoints)
    {
        // Composing the schema now makes a broken contribution stop the start, not the first request.
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        endpoints.MapMethods(GraphQLHttpEndpoint.Path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http)).RequireRateLimiting(RateLimits.PolicyName);
        return endpoints;
    }
}
