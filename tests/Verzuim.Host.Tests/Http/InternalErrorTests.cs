using System.Net;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Http;

namespace Verzuim.Host.Tests.Http;

/// <summary>SECURITY.md: errors without stack traces in every environment, a trace id instead, found in the log.</summary>
public sealed class InternalErrorTests
{
    private const string Secret = "connection to 10.0.0.7 refused by /srv/verzuim/Secret.cs";

    /// <summary>A field and an endpoint that fail the way a bug does, with details that must not reach the client.</summary>
    private sealed class Failing : IGraphQLContribution, IHttpEndpointContribution
    {
        public void AddQueryFields(ObjectGraphType query) =>
            query.Field<StringGraphType>("failing").Allow(Verzuim.BuildingBlocks.GraphQL.Access.Public).Resolve(_ => throw new InvalidOperationException(Secret));

        public void AddMutationFields(ObjectGraphType mutation)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
            endpoints.MapGet("/failing", (HttpContext _) => throw new InvalidOperationException(Secret));
    }

    private sealed class FailingApi(string environment) : VerzuimApiFactory
    {
        public LogCollector Logs { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            var failing = new Failing();
            services.AddSingleton<IGraphQLContribution>(failing);
            services.AddSingleton<IHttpEndpointContribution>(failing);
            services.AddSingleton<ILoggerProvider>(Logs);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_failing_field_answers_a_code_and_a_trace_id_that_the_log_holds_with_the_details(string environment)
    {
        var api = new FailingApi(environment);
        await ((IAsyncLifetime)api).InitializeAsync();
        try
        {
            var response = await api.GraphQL().SendAsync("{ failing }");

            var error = response.Body.GetProperty("errors")[0];
            error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("INTERNAL_ERROR");
            var traceId = error.GetProperty("extensions").GetProperty("traceId").GetString();
            traceId.ShouldNotBeNullOrWhiteSpace();
            ShouldHoldNoDetail(response.Body.ToString());
            api.Logs.Text.ShouldContain(traceId);
            api.Logs.Text.ShouldContain(Secret);
        }
        finally
        {
            await ((IAsyncLifetime)api).DisposeAsync();
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_failing_endpoint_outside_graphql_answers_the_same_way_not_with_the_developer_page(string environment)
    {
        var api = new FailingApi(environment);
        await ((IAsyncLifetime)api).InitializeAsync();
        try
        {
            var response = await api.CreateClient().GetAsync("/failing");
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
            body.ShouldContain("\"code\":\"INTERNAL_ERROR\"");
            body.ShouldContain("traceId");
            ShouldHoldNoDetail(body);
        }
        finally
        {
            await ((IAsyncLifetime)api).DisposeAsync();
        }
    }

    private static void ShouldHoldNoDetail(string body)
    {
        body.ShouldNotContain("10.0.0.7");
        body.ShouldNotContain("Secret.cs");
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain(".cs:line");
    }
}
