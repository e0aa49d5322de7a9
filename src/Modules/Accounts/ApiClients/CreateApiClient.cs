using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;

namespace Verzuim.Accounts.ApiClients;

internal sealed class CreateApiClientInput
{
    public string Name { get; init; } = "";
    public List<ApiScope> Scopes { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

internal sealed record CreateApiClientPayload(ApiClient? ApiClient, string? Key, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Creates an API client for a payroll system. Its key appears in this answer only; store it right away. Sent again
/// with the same idempotency key, it answers the client of the first request without a key: no second live key is
/// minted that nobody saw. (A key that was lost on the way is revoked and replaced, never shown again.)
/// </summary>
internal sealed class CreateApiClient(AccountsDbContext db, IdempotentRequests<AccountsDbContext> idempotency, TimeProvider clock)
{
    private const string Operation = "createApiClient";

    public async Task<CreateApiClientPayload> HandleAsync(EmployerUserCaller caller, CreateApiClientInput input, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(input.IdempotencyKey) is { } keyError)
        {
            return new CreateApiClientPayload(null, null, [keyError]);
        }
        var rules = new InputRules()
            .Text(input.Name, ApiClient.MaxNameLength, "input", "name")
            .Check(input.Scopes.Count > 0, ErrorCodes.Required, "Give the client at least one scope.", "input", "scopes");
        if (!rules.IsValid)
        {
            return new CreateApiClientPayload(null, null, rules.Errors);
        }
        var fingerprint = IdempotencyKey.Fingerprint(Operation, new { input.Name, Scopes = input.Scopes.Order() });
        await using var transaction = await idempotency.BeginOneAtATimeAsync(caller, cancellationToken);
        var replay = await idempotency.FindAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken);
        if (!replay.IsNew)
        {
            return replay.Error is { } reused
                ? new CreateApiClientPayload(null, null, [reused])
                : new CreateApiClientPayload(await db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == replay.ResultIds![0], cancellationToken), null, []);
        }
        var key = SecretToken.Create(TokenPrefixes.ApiKey);
        var client = ApiClient.Create(caller.Employer, input.Name, input.Scopes, key, SecretToken.Hash(key), caller.EmployerUserId, clock.GetUtcNow());
        db.ApiClients.Add(client);
        idempotency.Remember(caller, input.IdempotencyKey, Operation, fingerprint, client.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreateApiClientPayload(client, key, []);
    }
}
