using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Verzuim.Testing;

/// <summary>Sends GraphQL requests as a client would: JSON over HTTP, with an optional bearer token.</summary>
public sealed class GraphQLTestClient(HttpClient http, TimeProvider clock)
{
    public HttpClient Http => http;

    /// <summary>The Host's clock, for codes that depend on the time (the tests' authenticator app).</summary>
    public TimeProvider Clock => clock;

    public async Task<GraphQLTestResponse> SendAsync(string query, object? variables = null, string? token = null, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return await GraphQLTestResponse.ReadAsync(await http.SendAsync(request));
    }
}

public sealed record GraphQLTestResponse(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)
{
    public static async Task<GraphQLTestResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return new GraphQLTestResponse(response.StatusCode, document.RootElement.Clone(), response);
    }

    public JsonElement Data => Body.GetProperty("data");

    /// <summary>The codes of request-level errors (`errors` at the top of the response).</summary>
    public IReadOnlyList<string> ErrorCodes => Body.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];

    public string ErrorMessages => Body.TryGetProperty("errors", out var errors)
        ? string.Join(" | ", errors.EnumerateArray().Select(error => error.GetProperty("message").GetString()))
        : "";

    /// <summary>A mutation's payload, e.g. Payload("login").</summary>
    public JsonElement Payload(string field) => Data.GetProperty(field);

    /// <summary>The typed errors in a payload, as "CODE@path.to.field" (or just "CODE" without a field).</summary>
    public IReadOnlyList<string> UserErrors(string field) =>
    [
        .. Payload(field).GetProperty("errors").EnumerateArray().Select(error =>
        {
            var code = error.GetProperty("code").GetString();
            return error.TryGetProperty("field", out var path) && path.ValueKind == JsonValueKind.Array
                ? $"{code}@{string.Join('.', path.EnumerateArray().Select(part => part.GetString()))}"
                : code!;
        }),
    ];

    public IReadOnlyList<string> UserErrorCodes(string field) => [.. UserErrors(field).Select(error => error.Split('@')[0])];
}
