using System.Net;
using System.Net.Sockets;

namespace Verzuim.SecondFactor.Tests.Sms;

/// <summary>
/// A TCP proxy in front of the fake MessageBird. Normally it passes everything through; with <see cref="DropReplies"/>
/// the request still arrives (the SMS "goes out"), but the connection is cut before the reply reaches the Host.
/// It counts requests as they arrive; MessageBird's own log shows a request only once its answer is ready, after any delay.
/// </summary>
public sealed class ReplyDroppingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly int targetPort;

    public ReplyDroppingProxy(int targetPort)
    {
        this.targetPort = targetPort;
        listener.Start();
        _ = AcceptAsync();
    }

    private int requestsArrived;

    public bool DropReplies { get; set; }

    /// <summary>The requests that have reached MessageBird so far, answered or not.</summary>
    public int RequestsArrived => Volatile.Read(ref requestsArrived);

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = RelayAsync(client);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var target = new TcpClient())
        {
            await target.ConnectAsync(IPAddress.Loopback, targetPort);
            var toTarget = ForwardRequestsAsync(client.GetStream(), target.GetStream());
            var buffer = new byte[8192];
            int read;
            try
            {
                while ((read = await target.GetStream().ReadAsync(buffer)) > 0)
                {
                    if (DropReplies)
                    {
                        client.Client.Close();
                        return;
                    }
                    await client.GetStream().WriteAsync(buffer.AsMemory(0, read));
                }
            }
            catch (IOException)
            {
            }
            await Task.WhenAny(toTarget, Task.Delay(100));
        }
    }

    // The Host's HttpClient writes each request with its request line first and never pipelines, so a read that
    // starts with "POST " is the start of one request.
    private async Task ForwardRequestsAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[8192];
        int read;
        try
        {
            while ((read = await from.ReadAsync(buffer)) > 0)
            {
                if (buffer.AsSpan(0, read).StartsWith("POST "u8))
                {
                    Interlocked.Increment(ref requestsArrived);
                }
                await to.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        stop.Dispose();
    }
}
