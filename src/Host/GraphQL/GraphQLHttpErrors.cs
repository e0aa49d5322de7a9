using System.Text.Json;

namespace Verzuim.Host.GraphQL;

/// <summary>Request-level refusals in the GraphQL error shape, so clients parse every answer the same way.</summary>
internal static class GraphQLHttpErrors
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, string mediaType)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message, extensions = new { code } } } }, cancellationToken: http.RequestAborted);
    }
}
