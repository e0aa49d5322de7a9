using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Verzuim.Web.Api;

namespace Verzuim.Web.Dossiers;

/// <summary>
/// The two dossier requests that carry files, which a Razor form cannot: opening or downloading a document (streamed
/// from the Host) and sending a zienswijze with an attachment. Both need a full login; the Host decides what is
/// the visitor's.
/// </summary>
internal static class DossierEndpoints
{
    /// <summary>A little above the Host's 10 MB, so the Host, not Web, gives the specific answer.</summary>
    private const long MaxUploadRequestBytes = 11 * 1024 * 1024;

    /// <summary>Sent by <c>wwwroot/js/upload-progress.js</c>, which navigates itself.</summary>
    public const string UploadProgressHeader = "X-Upload-Progress";

    public static IEndpointRouteBuilder MapDossierEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dossiers/{dossierId}/documenten/{documentId}/bestand", DownloadAsync).RequireAuthorization();
        endpoints.MapPost("/dossiers/{dossierId}/zienswijze/versturen", AddViewpointAsync).RequireAuthorization().DisableAntiforgery();
        return endpoints;
    }

    private static async Task DownloadAsync(HttpContext http, string dossierId, string documentId, DossierFiles files)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!PortalClaims.IsFullSession(http.User))
        {
            http.Response.Redirect("/inloggen");
            return;
        }
        using var answer = await files.OpenAsync(documentId, http.Request.Query["weergave"] == "inline", http.RequestAborted);
        if (answer.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new SessionEndedException();
        }
        if (!answer.IsSuccessStatusCode)
        {
            // Not a page: the link may be a download, and a page saved as the file would help nobody.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("Dit document bestaat niet (meer) of is niet voor jou.", http.RequestAborted);
            return;
        }
        http.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
        http.Response.ContentLength = answer.Content.Headers.ContentLength;
        http.Response.Headers.ContentDisposition = answer.Content.Headers.ContentDisposition?.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await using var body = await answer.Content.ReadAsStreamAsync(http.RequestAborted);
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task<IResult> AddViewpointAsync(
        HttpContext http, string dossierId, IAntiforgery antiforgery, DossierFiles files, DossiersApi dossiers, ViewpointDraft draft)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadRequestBytes;
        }
        var back = $"/dossiers/{Uri.EscapeDataString(dossierId)}";
        // The progress script asks for the next address as JSON: following a redirect itself would read the dossier
        // once more than the visitor sees it, and every read is logged.
        var byScript = http.Request.Headers.ContainsKey(UploadProgressHeader);
        IResult Next(string location) => byScript ? Results.Json(new { location }) : Results.Redirect(location);
        var text = "";
        IResult Refused(string code, string? regarding)
        {
            draft.Keep(http, dossierId, text);
            return Next($"{back}/zienswijze?fout={Uri.EscapeDataString(code)}" + (string.IsNullOrEmpty(regarding) ? "" : $"&document={Uri.EscapeDataString(regarding)}"));
        }

        if (!PortalClaims.IsFullSession(http.User))
        {
            return Results.BadRequest();
        }
        IFormCollection form;
        try
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception error) when (error is AntiforgeryValidationException or BadHttpRequestException or InvalidDataException or IOException)
        {
            return Refused(error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? "FILE_TOO_LARGE" : "INVALID_VALUE", null);
        }
        text = form["tekst"].ToString();
        var regarding = form["document"].ToString();
        var file = form.Files.GetFile("bestand");
        if (file is { Length: > 0 } && !string.IsNullOrWhiteSpace(text))
        {
            return Refused("TEXT_AND_FILE", regarding);
        }
        string? uploadId = null;
        if (file is { Length: > 0 })
        {
            await using var content = file.OpenReadStream();
            var upload = await files.UploadAsync(content, file.FileName, http.RequestAborted);
            if (upload.UploadId is null)
            {
                return Refused(upload.Errors.FirstOrDefault()?.Code ?? "INVALID_VALUE", regarding);
            }
            uploadId = upload.UploadId;
        }
        var errors = await dossiers.AddViewpointAsync(new
        {
            dossierId,
            text = string.IsNullOrWhiteSpace(text) ? null : text,
            uploadId,
            regardingDocumentId = string.IsNullOrEmpty(regarding) ? null : regarding,
            idempotencyKey = form["sleutel"].ToString() is { Length: > 0 and <= 100 } key ? key : null,
        }, http.RequestAborted);
        return errors.Count == 0 ? Next($"{back}?melding=zienswijze") : Refused(errors[0].Code, regarding);
    }
}
