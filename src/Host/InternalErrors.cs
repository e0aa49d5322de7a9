using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Verzuim.Host;

/// <summary>
/// What a client is told when something fails that should not: a code, a sentence and the trace id to quote; the
/// details go to the log under that id. Any endpoint, any environment: no stack trace, no source path, no exception.
/// </summary>
internal static class InternalErrors
{
    public const string Code = "INTERNAL_ERROR";
    public const string Message = "Something went wrong on our side. Try again later; if it keeps happening, quote the trace id.";

    public static string TraceId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    /// <summary>Answers exceptions outside GraphQL (the file endpoints, health) with the same typed JSON, replacing the developer page.</summary>
    public static IApplicationBuilder UseInternalErrors(this IApplicationBuilder app) => app.UseExceptionHandler(handler => handler.Run(async http =>
    {
        var traceId = TraceId(http);
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Verzuim.Http")
            .LogError(error, "Unhandled error in {Path}; trace id {TraceId}", http.Request.Path.Value, traceId);
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message = Message, extensions = new { code = Code, traceId } } } }, cancellationToken: http.RequestAborted);
    }));
}
