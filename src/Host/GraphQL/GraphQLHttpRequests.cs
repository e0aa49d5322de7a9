using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Verzuim.Host.GraphQL;

internal sealed record HttpRefusal(int Status, string Code, string Message);

internal sealed record ReadRequest(GraphQLRequest? Request, HttpRefusal? Error)
{
    public static ReadRequest Refuse(int status, string code, string message) => new(null, new HttpRefusal(status, code, message));
}

/// <summary>Reads one GraphQL request from the body (POST) or the query string (GET), refusing what we do not take.</summary>
internal static class GraphQLHttpRequests
{
    public static async Task<ReadRequest> FromBodyAsync(HttpRequest http, IGraphQLTextSerializer serializer, int maxBytes)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType) || contentType.MediaType != "application/json"
            || (contentType.CharSet is { } charset && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return ReadRequest.Refuse(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                "Send the request as `application/json` (UTF-8).");
        }
        var body = await ReadCappedAsync(http, maxBytes);
        if (body is null)
        {
            return ReadRequest.Refuse(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
                $"The request body is larger than {maxBytes / 1024} KiB.");
        }
        var text = Encoding.UTF8.GetString(body).TrimStart();
        if (text.StartsWith('['))
        {
            return ReadRequest.Refuse(StatusCodes.Status400BadRequest, "BATCHING_NOT_SUPPORTED", "Send one operation per request.");
        }
        try
        {
            return Validate(serializer.Deserialize<GraphQLRequest>(text));
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return ReadRequest.Refuse(StatusCodes.Status400BadRequest, "INVALID_JSON", "The body is not a valid GraphQL request in JSON.");
        }
    }

    public static ReadRequest FromQueryString(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        try
        {
            var variables = http.Query["variables"].ToString();
            var extensions = http.Query["extensions"].ToString();
            return Validate(new GraphQLRequest
            {
                Query = http.Query["query"].ToString(),
                OperationName = NullIfEmpty(http.Query["operationName"].ToString()),
                Variables = variables.Length == 0 ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = extensions.Length == 0 ? null : serializer.Deserialize<Inputs>(extensions),
            });
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return ReadRequest.Refuse(StatusCodes.Status400BadRequest, "INVALID_JSON", "`variables` and `extensions` must be JSON objects.");
        }
    }

    private static ReadRequest Validate(GraphQLRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Query)
            ? ReadRequest.Refuse(StatusCodes.Status400BadRequest, "QUERY_REQUIRED", "The request has no `query`.")
            : new ReadRequest(request, null);

    /// <returns>The body, or null when it is larger than allowed (read no further than that).</returns>
    private static async Task<byte[]?> ReadCappedAsync(HttpRequest http, int maxBytes)
    {
        if (http.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, http.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
