using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Storage;
using SmtpResponse = SmtpServer.Protocol.SmtpResponse;

namespace Verzuim.Testing;

/// <summary>A real SMTP server on loopback that keeps every mail it receives, for tests to read.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<MimeMessage> arrivals = Channel.CreateUnbounded<MimeMessage>();
    private readonly List<MimeMessage> received = [];
    private readonly Task running;

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(arrivals.Writer));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            Drain();
            lock (received)
            {
                return [.. received];
            }
        }
    }

    // Longer than the outbox's first retry (30 s), so one refused delivery does not fail a test.
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(45);

    /// <summary>Waits until a mail to this address (and, if given, with this subject and body text) has arrived.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string to, string? subjectContains = null, TimeSpan? timeout = null, string? textContains = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (DateTime.UtcNow < deadline)
        {
            var match = Received.LastOrDefault(mail => IsFor(mail, to)
                && (subjectContains is null || (mail.Subject ?? "").Contains(subjectContains, StringComparison.OrdinalIgnoreCase))
                && (textContains is null || (mail.TextBody ?? "").Contains(textContains, StringComparison.Ordinal)));
            if (match is not null)
            {
                return match;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No mail to {to} ({subjectContains}, {textContains}) arrived.");
    }

    public IReadOnlyList<MimeMessage> MailsTo(string to) => [.. Received.Where(mail => IsFor(mail, to))];

    public IReadOnlyList<MimeMessage> MailsTo(string to, string subjectContains) =>
        [.. MailsTo(to).Where(mail => (mail.Subject ?? "").Contains(subjectContains, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Waits for the next such mail after the <paramref name="seen"/> already there, whatever else arrives meanwhile.</summary>
    public async Task<MimeMessage> WaitForNextMailAsync(string to, string subjectContains, int seen, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (DateTime.UtcNow < deadline)
        {
            if (MailsTo(to, subjectContains) is { } mails && mails.Count > seen)
            {
                return mails[seen];
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No new mail to {to} ({subjectContains}) arrived.");
    }

    private static bool IsFor(MimeMessage mail, string to) =>
        mail.To.Mailboxes.Any(box => box.Address.Equals(to, StringComparison.OrdinalIgnoreCase));

    private void Drain()
    {
        lock (received)
        {
            while (arrivals.Reader.TryRead(out var mail))
            {
                received.Add(mail);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    private sealed class Store(ChannelWriter<MimeMessage> arrivals) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await arrivals.WriteAsync(await MimeMessage.LoadAsync(stream, cancellationToken), cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
