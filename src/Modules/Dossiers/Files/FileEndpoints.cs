using System.Net.Mime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Http;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Files;

/// <summary>
/// Files go up and down over plain HTTP, beside GraphQL: `POST /dossiers/uploads` (multipart, one part named
/// `file`, optionally an `Idempotency-Key` header) answers an upload id for `publishDocument` or `addViewpoint`; `GET /dossiers/documents/{id}/content`
/// streams a document to whoever may read it, after logging the read. Both take the same bearer token as GraphQL,
/// and both refuse API clients: payroll never reaches dossiers.
/// </summary>
internal sealed class FileEndpoints : IHttpEndpointContribution
{
    public const string UploadPath = "/dossiers/uploads";
    public const string ContentPath = "/dossiers/documents/{documentId}/content";
    private const long MultipartOverheadBytes = 64 * 1024;

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(UploadPath, UploadAsync).DisableAntiforgery();
        endpoints.MapGet(ContentPath, DownloadAsync);
    }

    public static string ContentPathOf(Guid documentId) =>
        ContentPath.Replace("{documentId}", GlobalId.Encode(Domain.DossierDocument.TypeName, documentId), StringComparison.Ordinal);

    private static async Task UploadAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (await SessionCallerAsync(http) is not { } caller)
        {
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = FileRules.MaxBytes + MultipartOverheadBytes;
        }
        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            await ErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.InvalidValue, "Send the file as multipart/form-data, in a part named `file`.");
            return;
        }
        try
        {
            await ReadFileSectionAsync(http, caller, boundary);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A body cut short, a part without proper headers, more than the request limit: the client's request, not our fault.
            var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            if (!http.Response.HasStarted)
            {
                await WriteAsync(http, status, null, [UserError.For(status == StatusCodes.Status413PayloadTooLarge ? DossierErrorCodes.FileTooLarge : ErrorCodes.InvalidValue,
                    "The request is not a valid multipart/form-data message.", "file")]);
            }
        }
    }

    private static async Task ReadFileSectionAsync(HttpContext http, SessionCaller caller, string boundary)
    {
        var reader = new MultipartReader(boundary, http.Request.Body);
        while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.Name.Value?.Trim('"') == "file")
            {
                var fileName = disposition.FileNameStar.Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                var idempotencyKey = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
                var result = await http.RequestServices.GetRequiredService<ReceiveUpload>()
                    .HandleAsync(caller, fileName, section.Body, idempotencyKey, http.RequestAborted);
                if (result.Error is { } error)
                {
                    await WriteAsync(http, result.Status, null, [error]);
                    return;
                }
                var file = result.Upload!.File;
                await WriteAsync(http, result.Status,
                    new { id = result.Upload.GlobalId, fileName = file.FileName, contentType = file.ContentType, size = file.Size, sha256 = file.Sha256 }, []);
                return;
            }
        }
        await WriteAsync(http, StatusCodes.Status400BadRequest, null, [UserError.For(ErrorCodes.Required, "The request did not contain a file.", "file")]);
    }

    private static async Task DownloadAsync(HttpContext http, string documentId)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (await SessionCallerAsync(http) is not { } caller)
        {
            return;
        }
        var db = http.RequestServices.GetRequiredService<DossiersDbContext>();
        var document = await db.FindDocumentAsync(caller, documentId, http.RequestAborted);
        if (document?.File is not { } file || FileKind.ByContentType(file.ContentType) is not { } kind)
        {
            await ErrorAsync(http, StatusCodes.Status404NotFound, ErrorCodes.NotFound, "This document does not exist.");
            return;
        }
        await http.RequestServices.GetRequiredService<AccessLogWriter>().DocumentReadAsync(caller, document, http.RequestAborted);
        var inline = http.Request.Query["disposition"] == "inline";
        var contentDisposition = new ContentDispositionHeaderValue(inline ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
        contentDisposition.SetHttpFileName(file.FileName);
        http.Response.ContentType = kind.ContentType;
        http.Response.ContentLength = file.Size;
        http.Response.Headers.ContentDisposition = contentDisposition.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        await http.RequestServices.GetRequiredService<IFileStore>().CopyToAsync(file.FileId, http.Response.Body, http.RequestAborted);
    }

    /// <summary>A fully signed-in employee or employer user; anyone else has had their answer when this returns null.</summary>
    private static async Task<SessionCaller?> SessionCallerAsync(HttpContext http)
    {
        var caller = await BearerCallers.AuthenticateAsync(http);
        switch (caller)
        {
            case EmployeeCaller { IsFullyAuthenticated: true } or EmployerUserCaller { IsFullyAuthenticated: true }:
                return (SessionCaller)caller;
            case ApiClientCaller:
                await ErrorAsync(http, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "API clients have no access to dossiers.");
                return null;
            default:
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await ErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "Log in to use dossiers.");
                return null;
        }
    }

    private static Task ErrorAsync(HttpContext http, int status, string code, string message) =>
        WriteAsync(http, status, null, [UserError.For(code, message)]);

    private static Task WriteAsync(HttpContext http, int status, object? upload, IReadOnlyList<UserError> errors)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new
        {
            upload,
            errors = errors.Select(error => new { code = error.Code, message = error.Message, field = error.Field }),
        }, http.RequestAborted);
    }
}
