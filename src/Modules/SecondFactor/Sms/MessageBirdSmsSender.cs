using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verzuim.SecondFactor.Sms;

/// <summary>
/// MessageBird's REST API: `POST {BaseUrl}/messages` with `Authorization: AccessKey …`. One attempt, a short timeout,
/// and no retry, so a slow or lost answer never becomes a second SMS the user did not ask for.
/// </summary>
internal sealed class MessageBirdSmsSender(HttpClient http, IOptions<SmsOptions> options, ILogger<MessageBirdSmsSender> logger) : ISmsSender
{
    public async Task<bool> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value.MessageBird;
        using var request = new HttpRequestMessage(HttpMethod.Post, "messages")
        {
            Content = JsonContent.Create(new { originator = settings.Originator, recipients = new[] { phoneNumber.TrimStart('+') }, body = text }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("AccessKey", settings.AccessKey);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("MessageBird refused an SMS with status {Status}", (int)response.StatusCode);
            }
            return response.IsSuccessStatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning("MessageBird did not answer: {Error}", error.GetType().Name);
            return false;
        }
    }
}
