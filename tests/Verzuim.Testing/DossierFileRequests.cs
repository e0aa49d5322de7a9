using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Verzuim.Testing;

/// <summary>The Host's dossier file endpoints, as a client sends to them: multipart up, a bearer token both ways.</summary>
public static class DossierFileRequests
{
    public static async Task<UploadReply> UploadAsync(this VerzuimApiFactory api, string token, byte[] content, string fileName, string? idempotencyKey = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dossiers/uploads") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        using var response = await api.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return new UploadReply(response.StatusCode, json.RootElement.Clone());
    }

    public static async Task<HttpResponseMessage> DownloadAsync(this VerzuimApiFactory api, string token, string contentPath)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, contentPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await api.CreateClient().SendAsync(request);
    }
}

public sealed record UploadReply(HttpStatusCode Status, JsonElement Body)
{
    public string Id => Body.GetProperty("upload").GetProperty("id").GetString()!;

    public JsonElement Upload => Body.GetProperty("upload");

    public IReadOnlyList<string> ErrorCodes => [.. Body.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("code").GetString()!)];
}
