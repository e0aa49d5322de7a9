using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.ApiClients;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.GraphQL;

/// <summary>Schema area: the employer's API clients (payroll systems), managed by HR.</summary>
internal sealed class ApiClientFields : IGraphQLContribution
{
    private static readonly Access HrOnly = Access.EmployerUsers(EmployerRole.Hr);

    public void AddQueryFields(ObjectGraphType query) =>
        query.AddEmployerList<ApiClientType, ApiClient>("apiClients", "The employer's API clients, newest first, revoked ones included.", db => db.ApiClients);

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateApiClientPayloadType>>("createApiClient")
            .Description("Create an API client with the given scopes. The key is in the answer, and only there.")
            .Argument<NonNullGraphType<CreateApiClientInputType>>("input")
            .Allow(HrOnly)
            .ResolveAsync(async context => await context.Service<CreateApiClient>().HandleAsync(
                context.Caller<EmployerUserCaller>(), context.GetArgument<CreateApiClientInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<ApiClientPayloadType>>("revokeApiClient")
            .Description("Revoke an API client; its key stops working at once.")
            .Argument<NonNullGraphType<ApiClientIdInputType>>("input")
            .Allow(HrOnly)
            .ResolveAsync(async context => await context.Service<RevokeApiClient>().HandleAsync(
                context.Caller().EmployerId!.Value, context.GetArgument<ApiClientIdInput>("input").ApiClientId, context.CancellationToken));
    }
}

internal sealed class ApiClientIdInputType : InputObjectGraphType<ApiClientIdInput>
{
    public ApiClientIdInputType()
    {
        Name = "ApiClientIdInput";
        Field<NonNullGraphType<IdGraphType>>("apiClientId");
    }
}
