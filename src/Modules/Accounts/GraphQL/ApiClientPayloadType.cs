using Verzuim.Accounts.ApiClients;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ApiClientPayloadType : PayloadType<ApiClientPayload>
{
    public ApiClientPayloadType() : base("ApiClientPayload", "The API client, or why the change was not made.")
    {
        Field<ApiClientType>("apiClient").Resolve(context => context.Source.ApiClient);
    }
}
