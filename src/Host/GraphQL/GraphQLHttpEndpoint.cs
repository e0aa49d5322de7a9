using System.Net.Http.Headers;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Http;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// GraphQL over HTTP, kept small: POST with `application/json` (GET for queries only), answered as
/// `application/graphql-response+json`. One operation per request, a capped body, and a typed error for every refusal.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, ValidatedDocuments documents, IOptions<GraphQLOptions> options,
    ILogger<GraphQLHttpEndpoint> logger)
{
    public const string Path = "/graphql";
    private const string ResponseMediaType = "application/graphql-response+json";

    public async Task HandleAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        var mediaType = ChooseResponseMediaType(http.Request);
        if (mediaType is null)
        {
            await GraphQLHttpErrors.WriteAsync(http, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept `{ResponseMediaType}` or `application/json`.", "application/json");
            return;
        }
        try
        {
            await ExecuteAsync(http, mediaType);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Whatever failed (typically the database being restarted), the client gets a typed answer, not a 500.
            logger.LogError(error, "A GraphQL request failed before it could be executed; trace id {TraceId}", InternalErrors.TraceId(http));
            if (!http.Response.HasStarted)
            {
                http.Response.Headers.RetryAfter = "5";
                await GraphQLHttpErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "SERVICE_UNAVAILABLE",
                    "The service is temporarily unavailable. Try again in a few seconds.", mediaType);
            }
        }
    }

    private async Task ExecuteAsync(HttpContext http, string mediaType)
    {
        var read = HttpMethods.IsGet(http.Request.Method)
            ? GraphQLHttpRequests.FromQueryString(http.Request, serializer)
            : await GraphQLHttpRequests.FromBodyAsync(http.Request, serializer, options.Value.MaxRequestBytes);
        if (read.Error is { } refused)
        {
            await GraphQLHttpErrors.WriteAsync(http, refused.Status, refused.Code, refused.Message, mediaType);
            return;
        }
        var request = read.Request!;
        GraphQLDocument document;
        try
        {
            document = documents.Parse(request.Query!);
        }
        catch (GraphQLSyntaxErrorException error)
        {
            await GraphQLHttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, "GRAPHQL_PARSE_FAILED", error.Description, mediaType);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && SelectsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLHttpErrors.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED",
                "Mutations are sent with POST.", mediaType);
            return;
        }
        var caller = await BearerCallers.AuthenticateAsync(http);
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await GraphQLHttpErrors.WriteAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "The session has ended or the key is not valid. Log in again.", mediaType);
            return;
        }

        var callerContext = new CallerContext(caller, http.Connection.RemoteIpAddress, InternalErrors.TraceId(http));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = callerContext,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        });
        if (caller is AnonymousCaller)
        {
            GraphQLSuggestions.RemoveFrom(result);
        }
        http.Response.StatusCode = StatusFor(result, callerContext);
        if (callerContext.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int StatusFor(ExecutionResult result, CallerContext callerContext)
    {
        if (callerContext.RetryAfter is not null)
        {
            return StatusCodes.Status429TooManyRequests;
        }
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }
        var codes = result.Errors?.Select(error => error.Code).Distinct().ToList() ?? [];
        return codes switch
        {
            [ErrorCodes.Unauthenticated] => StatusCodes.Status401Unauthorized,
            [ErrorCodes.Forbidden] => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    private static bool SelectsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(operation => operation.Name?.Value == operationName);
        return selected?.Operation is OperationType.Mutation or OperationType.Subscription;
    }

    private static string? ChooseResponseMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return ResponseMediaType;
        }
        var accepted = accept.Split(',').Select(part => MediaTypeWithQualityHeaderValue.TryParse(part.Trim(), out var value) ? value.MediaType : null).ToList();
        if (accepted.Any(media => media is ResponseMediaType or "*/*" or "application/*"))
        {
            return ResponseMediaType;
        }
        return accepted.Contains("application/json") ? "application/json" : null;
    }
}
