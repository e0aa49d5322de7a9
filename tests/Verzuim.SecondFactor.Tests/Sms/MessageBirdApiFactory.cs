using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Verzuim.SecondFactor.Tests.Sms;

/// <summary>The Host with a fake MessageBird on loopback (WireMock) and a clock the tests move.</summary>
public partial class MessageBirdApiFactory : VerzuimApiFactory
{
    public const string AccessKey = "test-access-key";

    public MessageBirdApiFactory() => Network = new ReplyDroppingProxy(new Uri(MessageBird.Url!).Port);

    public WireMockServer MessageBird { get; } = WireMockServer.Start();

    /// <summary>The network between the Host and MessageBird, which can lose replies.</summary>
    public ReplyDroppingProxy Network { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Sms:MessageBird:BaseUrl", Network.Url),
        new("Sms:MessageBird:AccessKey", AccessKey),
    ];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <summary>From now on MessageBird answers like this.</summary>
    public void Answer(int status = 201, TimeSpan? delay = null, bool loseReply = false)
    {
        Network.DropReplies = loseReply;
        MessageBird.Reset();
        var response = Response.Create().WithStatusCode(status).WithBody("""{"id":"msg"}""");
        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }
        MessageBird.Given(Request.Create().WithPath("/messages").UsingPost()).RespondWith(response);
    }

    /// <summary>Waits until MessageBird's log shows this many SMS to the number; it logs a request once its answer is ready, after any delay.</summary>
    public async Task<IReadOnlyList<JsonElement>> SmsLoggedToAsync(string e164, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (SmsTo(e164).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        return SmsTo(e164);
    }

    public IReadOnlyList<JsonElement> SmsTo(string e164) =>
    [
        .. MessageBird.LogEntries.Select(entry => JsonDocument.Parse(entry.RequestMessage?.Body ?? "{}").RootElement.Clone())
            .Where(body => body.TryGetProperty("recipients", out var recipients) && recipients.EnumerateArray().Any(r => r.GetString() == e164.TrimStart('+'))),
    ];

    /// <summary>The code in the newest SMS to this number, read from the request MessageBird received.</summary>
    public string LastCodeTo(string e164) => SixDigits().Match(SmsTo(e164)[^1].GetProperty("body").GetString()!).Value;

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    public override async ValueTask DisposeAsync()
    {
        MessageBird.Stop();
        await Network.DisposeAsync();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MessageBirdCollection : ICollectionFixture<MessageBirdApiFactory>
{
    public const string Name = "SecondFactor API with a fake MessageBird";
}
