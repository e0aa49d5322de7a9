using GraphQL.Types;
using Verzuim.Accounts.ApiClients;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Idempotency;

namespace Verzuim.Accounts.GraphQL;

internal sealed class CreateApiClientInputType : InputObjectGraphType<CreateApiClientInput>
{
    public CreateApiClientInputType()
    {
        Name = "CreateApiClientInput";
        Field(i => i.Name).Description("Which system this is, such as \"Salarisadministratie\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiScopeType>>>>("scopes");
        Field<StringGraphType>("idempotencyKey")
            .Description(IdempotencyKey.Description + " A repeated request answers the client without its key.");
    }
}

internal sealed class CreateApiClientPayloadType : PayloadType<CreateApiClientPayload>
{
    public CreateApiClientPayloadType() : base("CreateApiClientPayload", "The new client and its key. The key is shown only here.")
    {
        Field<ApiClientType>("apiClient").Resolve(context => context.Source.ApiClient);
        Field(p => p.Key, nullable: true)
            .Description("Send as `Authorization: Bearer <key>`. It cannot be shown again: null when the answer repeats an earlier request with the same idempotency key.");
    }
}
