using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.ApiClients;

internal sealed record ApiClientPayload(ApiClient? ApiClient, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Revokes an API client: its key stops working with the next request.</summary>
internal sealed class RevokeApiClient(AccountsDbContext db, TimeProvider clock)
{
    public async Task<ApiClientPayload> HandleAsync(Guid employerId, string apiClientId, CancellationToken cancellationToken)
    {
        var client = GlobalId.TryDecode(apiClientId, ApiClient.TypeName, out var id)
            ? await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id && c.EmployerId == employerId, cancellationToken)
            : null;
        if (client is null)
        {
            return new ApiClientPayload(null, [UserError.For(ErrorCodes.NotFound, "No API client with this id.", "input", "apiClientId")]);
        }
        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientPayload(client, []);
    }
}

internal sealed class ApiClientIdInput
{
    public string ApiClientId { get; init; } = "";
}
