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
            http.Response.Redirect($"/dossiers/{Uri.EscapeDataString(dossierId)}?melding=document-niet-gevonden");
            return;
        }
        http.Response.ContentType = answer.Content.Headers.ContentType?.ToString();
        http.Response.ContentLength = answer.Content.Headers.ContentLength;
        http.Response.Headers.ContentDisposition = answer.Content.Headers.ContentDisposition?.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await using var body = await answer.Content.ReadAsStreamAsync(http.RequestAborted);
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static async Task<IResult> AddViewpointAsync(HttpContext http, string dossierId, IAntiforgery antiforgery, DossierFiles files, DossiersApi dossiers)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadRequestBytes;
        }
        var back = $"/dossiers/{Uri.EscapeDataString(dossierId)}";
        if (!PortalClaims.IsFullSession(http.User) || !await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            return Results.Redirect($"{back}/zienswijze?fout=FILE_TOO_LARGE");
        }
        var text = form["tekst"].ToString();
        var regarding = form["document"].ToString();
        var file = form.Files.GetFile("bestand");
        string? uploadId = null;
        if (file is { Length: > 0 })
        {
            await using var content = file.OpenReadStream();
            var upload = await files.UploadAsync(content, file.FileName, http.RequestAborted);
            if (upload.UploadId is null)
            {
                return Results.Redirect($"{back}/zienswijze?fout={Uri.EscapeDataString(upload.Errors.FirstOrDefault()?.Code ?? "INVALID_VALUE")}");
            }
            uploadId = upload.UploadId;
            text = "";
        }
        var errors = await dossiers.AddViewpointAsync(new
        {
            dossierId,
            text = string.IsNullOrWhiteSpace(text) ? null : text,
            uploadId,
            regardingDocumentId = string.IsNullOrEmpty(regarding) ? null : regarding,
        }, http.RequestAborted);
        return errors.Count == 0
            ? Results.Redirect($"{back}?melding=zienswijze")
            : Results.Redirect($"{back}/zienswijze?fout={Uri.EscapeDataString(errors[0].Code)}" + (string.IsNullOrEmpty(regarding) ? "" : $"&document={Uri.EscapeDataString(regarding)}"));
    }
}
