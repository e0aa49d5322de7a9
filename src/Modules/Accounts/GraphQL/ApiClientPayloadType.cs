using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.ApiClients;
using Verzuim.Accounts.Data;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ApiClientPayloadType : PayloadType<ApiClientPayload>
{
    public ApiClientPayloadType() : base("ApiClientPayload", "The API client, or why the change was not made.")
    {
        Field<ApiClientType>("apiClient").Resolve(context => context.Source.ApiClient);
    }
}
