using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;

namespace Verzuim.Web.Api;

/// <summary>
/// Sends one named operation to the Host's /graphql with the visitor's session token, and forwards the visitor's
/// address so the Host can throttle per person rather than per Web server.
/// </summary>
internal sealed class GraphQLClient(HttpClient http, IHttpContextAccessor accessor)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TData> SendAsync<TData>(string operationName, object? variables, CancellationToken cancellationToken)
        where TData : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query = Operations.Get(operationName), operationName, variables }, options: Json),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.AsVisitor(accessor.HttpContext);

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new SessionEndedException();
        }
        var body = await response.Content.ReadFromJsonAsync<GraphQLResponse<TData>>(Json, cancellationToken);
        if (body?.Data is null)
        {
            var error = body?.Errors?.FirstOrDefault();
            throw new HostApiException(error?.Code ?? response.StatusCode.ToString(), error?.Message ?? "The API gave no data.");
        }
        return body.Data;
    }
}

public static class PortalClaims
{
    public const string SessionToken = "verzuim:session";

    /// <summary>FULL, PENDING_SECOND_FACTOR or PENDING_ENROLLMENT, as the Host said at the latest sign-in.</summary>
    public const string SessionState = "verzuim:state";

    public const string Full = "FULL";

    /// <summary>Where a login that still owes its second factor continues once it is full (a local path).</summary>
    public const string ReturnPath = "verzuim:return";

    public static bool IsFullSession(System.Security.Claims.ClaimsPrincipal? user) => user?.FindFirst(SessionState)?.Value == Full;
}
