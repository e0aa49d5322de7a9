using Microsoft.AspNetCore.Routing;

namespace Verzuim.BuildingBlocks.Http;

/// <summary>
/// A module's plain HTTP endpoints, for what GraphQL carries badly: file bodies up and down. The Host maps them
/// with the same throttling as the API; each endpoint authenticates with <see cref="BearerCallers"/>.
/// </summary>
public interface IHttpEndpointContribution
{
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
