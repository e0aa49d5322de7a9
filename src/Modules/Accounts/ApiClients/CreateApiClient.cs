using GraphQL.Types;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.ApiClients;

internal sealed class CreateApiClientInput
{
    public string Name { get; init; } = "";
    public List<ApiScope> Scopes { get; init; } = [];
}

internal sealed record CreateApiClientPayload(ApiClient? ApiClient, string? Key, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Creates an API client for a payroll system. Its key appears in this answer only; store it right away.</summary>
internal sealed class CreateApiClient(AccountsDbContext db, TimeProvider clock)
{
    public async Task<CreateApiClientPayload> HandleAsync(EmployerUserCaller caller, CreateApiClientInput input, CancellationToken cancellationToken)
    {
        var rules = new InputRules()
            .Text(input.Name, ApiClient.MaxNameLength, "input", "name")
            .Check(input.Scopes.Count > 0, ErrorCodes.Required, "Give the client at least one scope.", "input", "scopes");
        if (!rules.IsValid)
        {
            return new CreateApiClientPayload(null, null, rules.Errors);
        }
        var key = SecretToken.Create(TokenPrefixes.ApiKey);
        var client = ApiClient.Create(caller.Employer, input.Name, input.Scopes, key, SecretToken.Hash(key), caller.EmployerUserId, clock.GetUtcNow());
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new CreateApiClientPayload(client, key, []);
    }
}

internal sealed class CreateApiClientInputType : InputObjectGraphType<CreateApiClientInput>
{
    public CreateApiClientInputType()
    {
        Name = "CreateApiClientInput";
        Field(i => i.Name).Description("Which system this is, such as \"Salarisadministratie\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiScopeType>>>>("scopes");
    }
}

internal sealed class CreateApiClientPayloadType : PayloadType<CreateApiClientPayload>
{
    public CreateApiClientPayloadType() : base("CreateApiClientPayload", "The new client and its key. The key is shown only here.")
    {
        Field<ApiClientType>("apiClient").Resolve(context => context.Source.ApiClient);
        Field(p => p.Key, nullable: true).Description("Send as `Authorization: Bearer <key>`. It cannot be shown again.");
    }
}
