using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Verzuim.Web.Api;

/// <summary>
/// Dossier files to and from the Host's file endpoints, with the visitor's session token. Bodies are streamed both
/// ways; Web never keeps a copy.
/// </summary>
internal sealed class DossierFiles(HttpClient http, IHttpContextAccessor accessor)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The Host's answer, headers first; the caller streams the body on and disposes it.</summary>
    public async Task<HttpResponseMessage> OpenAsync(string documentId, bool inline, CancellationToken cancellationToken)
    {
        var path = $"dossiers/documents/{Uri.EscapeDataString(documentId)}/content" + (inline ? "?disposition=inline" : "");
        using var request = new HttpRequestMessage(HttpMethod.Get, path).AsVisitor(accessor.HttpContext);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <returns>The upload id for a mutation, or the Host's error codes.</returns>
    public async Task<UploadOutcome> UploadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "dossiers/uploads") { Content = form }.AsVisitor(accessor.HttpContext);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new SessionEndedException();
        }
        var body = await response.Content.ReadFromJsonAsync<UploadReply>(Json, cancellationToken);
        return new UploadOutcome(body?.Upload?.Id, body?.Errors ?? [new UserError("SERVICE_UNAVAILABLE", "", null)]);
    }

    private sealed record UploadReply(UploadedFile? Upload, List<UserError> Errors);

    private sealed record UploadedFile(string Id);
}

internal sealed record UploadOutcome(string? UploadId, IReadOnlyList<UserError> Errors);
