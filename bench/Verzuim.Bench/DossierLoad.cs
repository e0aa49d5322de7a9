using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Verzuim.Testing;

namespace Verzuim.Bench;

/// <summary>An employee who reported sick, with the dossier that opened for it and their employer's HR user.</summary>
internal sealed record SickDossier(TestEmployer Employer, string EmployeeToken, string DossierId, string DocumentTypeId);

/// <summary>
/// The Dossiers module under load: a large document streamed out of PostgreSQL, against the same bytes from memory
/// over the same HTTP path and from a file; and the dossier detail at a fixed rate.
/// </summary>
internal static class DossierLoad
{
    public const int Megabyte = 1024 * 1024;
    private const int BufferBytes = 64 * 1024;
    private const string ReportSick = "mutation($i: ReportSickInput!) { reportSick(input: $i) { absence { id } errors { code } } }";
    private const string MyDossiers = "{ myDossiers { id } }";
    private const string DocumentTypes = "{ documentTypes { id code } }";
    private const string Publish = "mutation($input: PublishDocumentInput!) { publishDocument(input: $input) { document { id file { contentPath } } errors { code } } }";
    private const string SendMessage = "mutation($input: SendDossierMessageInput!) { sendDossierMessage(input: $input) { message { id } errors { code } } }";
    private const string Detail = "query($id: ID!) { dossier(id: $id) { id status documents { id title response { kind } } timeline { kind on } messages { id body } counts { newDocuments } } }";

    /// <summary>A new employer whose new employee reports sick today; returns once the dossier is there.</summary>
    public static async Task<SickDossier> SickDossierAsync(BenchHost host, HttpClient client)
    {
        var employer = await TestEmployer.CreateAsync(host);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.RegisterAsync(employee);
        var today = Verzuim.Dates.DutchDates.Today(host.Clock);
        using (var reported = await GraphQLAsync(client, token, ReportSick, new
        {
            i = new
            {
                firstDay = today.ToString("yyyy-MM-dd"), hoursWorkedOnFirstDay = 0, contactPhone = "06 12345678",
                safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false,
            },
        }))
        {
            NoErrors(reported, "reportSick");
        }
        string? dossierId = null;
        for (var attempt = 0; dossierId is null; attempt++)
        {
            using var dossiers = await GraphQLAsync(client, token, MyDossiers, null);
            var list = dossiers.RootElement.GetProperty("data").GetProperty("myDossiers");
            if (list.GetArrayLength() > 0)
            {
                dossierId = list[0].GetProperty("id").GetString();
            }
            else if (attempt < 50)
            {
                await Task.Delay(100);
            }
            else
            {
                throw new InvalidOperationException("No dossier opened for the sick report.");
            }
        }
        using var types = await GraphQLAsync(client, employer.HrToken, DocumentTypes, null);
        var typeId = types.RootElement.GetProperty("data").GetProperty("documentTypes").EnumerateArray()
            .Single(type => type.GetProperty("code").GetString() == "plan-van-aanpak").GetProperty("id").GetString()!;
        return new SickDossier(employer, token, dossierId!, typeId);
    }

    /// <summary>
    /// A PDF as a scanner or a word processor writes it: the signature, then bytes that do not compress (as a PDF's
    /// compressed streams do not), so PostgreSQL stores them as they are instead of decompressing on every read.
    /// </summary>
    public static byte[] Pdf(int size)
    {
        var content = new byte[size];
        new Random(7).NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    /// <summary>HR uploads the file and publishes it to the dossier; returns the document's content path.</summary>
    public static async Task<string> PublishAsync(HttpClient client, SickDossier sick, byte[] content, string title)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "plan.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "dossiers/uploads") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sick.Employer.HrToken);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {text}");
        }
        using var upload = JsonDocument.Parse(text);
        var uploadId = upload.RootElement.GetProperty("upload").GetProperty("id").GetString();
        using var published = await GraphQLAsync(client, sick.Employer.HrToken, Publish,
            new { input = new { dossierId = sick.DossierId, documentTypeId = sick.DocumentTypeId, title, uploadId } });
        NoErrors(published, "publishDocument");
        return published.RootElement.GetProperty("data").GetProperty("publishDocument").GetProperty("document")
            .GetProperty("file").GetProperty("contentPath").GetString()!;
    }

    /// <summary>
    /// One <paramref name="size"/>-byte PDF, published once, then downloaded <paramref name="count"/> times by the
    /// employee with one and with four clients; the same bytes over the same HTTP path from memory (no database,
    /// no login), and from a file in the page cache. Every reader reads into a 64 KB buffer and only counts.
    /// </summary>
    public static async Task<IReadOnlyList<Transfer>> StreamingAsync(SickDossier sick, HttpClient client, int size, int count)
    {
        var content = Pdf(size);
        var contentPath = await PublishAsync(client, sick, content, "Plan van aanpak (scan)");
        using (var first = await GetAsync(client, sick.EmployeeToken, contentPath))
        {
            var received = await first.Content.ReadAsByteArrayAsync();
            if (first.StatusCode != HttpStatusCode.OK || !received.AsSpan().SequenceEqual(content))
            {
                throw new InvalidOperationException($"The download answered {(int)first.StatusCode} with {received.Length} bytes instead of the {size} uploaded.");
            }
        }
        RawBytesEndpoint.Content = content;
        var file = Path.Combine(Path.GetTempPath(), $"verzuim-bench-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, content);
        try
        {
            Func<byte[], Task<long>> database = buffer => DownloadAsync(client, sick.EmployeeToken, contentPath, buffer);
            Func<byte[], Task<long>> memory = buffer => DownloadAsync(client, null, RawBytesEndpoint.Path, buffer);
            Func<byte[], Task<long>> disk = buffer => ReadFileAsync(file, buffer);
            await TransferAsync("warm-up", Math.Max(20, count / 4), 4, database, size);
            await TransferAsync("warm-up", Math.Max(20, count / 4), 4, memory, size);
            await TransferAsync("warm-up", Math.Max(20, count / 4), 4, disk, size);
            return
            [
                await TransferAsync("download from PostgreSQL, 1 client", count, 1, database, size),
                await TransferAsync("download from PostgreSQL, 4 clients", count, 4, database, size),
                await TransferAsync("same bytes from memory, 1 client", count, 1, memory, size),
                await TransferAsync("same bytes from memory, 4 clients", count, 4, memory, size),
                await TransferAsync("FileStream read, 1 reader", count, 1, disk, size),
                await TransferAsync("FileStream read, 4 readers", count, 4, disk, size),
            ];
        }
        finally
        {
            RawBytesEndpoint.Content = [];
            File.Delete(file);
        }
    }

    /// <summary>The downloads against the two comparisons, in the order <see cref="StreamingAsync"/> returns them.</summary>
    public static string Summary(IReadOnlyList<Transfer> transfers)
    {
        using var process = Process.GetCurrentProcess();
        return $"download {transfers[0].MegabytesPerSecond:F0} / {transfers[1].MegabytesPerSecond:F0} MB/s (1 / 4 clients) against "
            + $"{transfers[2].MegabytesPerSecond:F0} / {transfers[3].MegabytesPerSecond:F0} MB/s from memory and "
            + $"{transfers[4].MegabytesPerSecond:F0} / {transfers[5].MegabytesPerSecond:F0} MB/s by FileStream; "
            + $"process peak working set {process.PeakWorkingSet64 / Megabyte} MB";
    }

    /// <summary>
    /// A second sick employee's dossier with <paramref name="documents"/> documents and <paramref name="messages"/>
    /// messages (half from the employee, half from HR); returns one dossier detail request of the employee.
    /// </summary>
    public static async Task<Func<CancellationToken, Task<bool>>> DossierDetailAsync(SickDossier sick, HttpClient client, int documents, int messages)
    {
        for (var i = 1; i <= documents; i++)
        {
            await PublishAsync(client, sick, Pdf(40_000), $"Plan van aanpak, versie {i}");
        }
        for (var i = 1; i <= messages; i++)
        {
            var from = i % 2 == 0 ? sick.Employer.HrToken : sick.EmployeeToken;
            using var sent = await GraphQLAsync(client, from, SendMessage,
                new { input = new { dossierId = sick.DossierId, body = $"Bericht {i}: hoe gaat het met de afspraken van deze week?" } });
            NoErrors(sent, "sendDossierMessage");
        }
        var body = JsonSerializer.Serialize(new { query = Detail, variables = new { id = sick.DossierId } });
        using (var check = JsonDocument.Parse(await PostRawAsync(client, sick.EmployeeToken, body, CancellationToken.None)))
        {
            var dossier = check.RootElement.GetProperty("data").GetProperty("dossier");
            if (dossier.GetProperty("documents").GetArrayLength() != documents || dossier.GetProperty("messages").GetArrayLength() != messages)
            {
                throw new InvalidOperationException($"The dossier is not as set up: {check.RootElement}");
            }
        }
        return async ct =>
        {
            var answer = await PostRawAsync(client, sick.EmployeeToken, body, ct);
            return answer.StartsWith("{\"data\":{\"dossier\":{\"id\"", StringComparison.Ordinal) && !answer.Contains("\"errors\"", StringComparison.Ordinal);
        };
    }

    private static async Task<Transfer> TransferAsync(string name, int count, int workers, Func<byte[], Task<long>> once, long expected)
    {
        var buffers = Enumerable.Range(0, workers).Select(_ => new byte[BufferBytes]).ToArray();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var sampler = new WorkingSetSampler();
        var samplerBefore = sampler.Allocated;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var next = -1;
        var failures = 0;
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(buffers.Select(buffer => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var read = await once(buffer);
                if (read == expected)
                {
                    Interlocked.Add(ref bytes, read);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore - (sampler.Allocated - samplerBefore);
        return new Transfer(name, count - failures, failures, bytes, elapsed, allocated, sampler.Before, sampler.Stop());
    }

    /// <summary>Reads the body into the buffer and counts; -1 when the answer is not a 200.</summary>
    private static async Task<long> DownloadAsync(HttpClient client, string? token, string path, byte[] buffer)
    {
        using var response = await GetAsync(client, token, path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return -1;
        }
        await using var body = await response.Content.ReadAsStreamAsync();
        var total = 0L;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }
        return total;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string? token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task<long> ReadFileAsync(string path, byte[] buffer)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var total = 0L;
        int read;
        while ((read = await file.ReadAsync(buffer)) > 0)
        {
            total += read;
        }
        return total;
    }

    private static void NoErrors(JsonDocument answer, string field)
    {
        if (answer.RootElement.TryGetProperty("errors", out _)
            || answer.RootElement.GetProperty("data").GetProperty(field).GetProperty("errors").GetArrayLength() != 0)
        {
            throw new InvalidOperationException($"{field} failed: {answer.RootElement}");
        }
    }

    private static async Task<JsonDocument> GraphQLAsync(HttpClient client, string token, string query, object? variables)
    {
        var answer = JsonDocument.Parse(await PostRawAsync(client, token, JsonSerializer.Serialize(new { query, variables }), CancellationToken.None));
        if (answer.RootElement.TryGetProperty("errors", out _))
        {
            var text = answer.RootElement.ToString();
            answer.Dispose();
            throw new InvalidOperationException(text);
        }
        return answer;
    }

    private static async Task<string> PostRawAsync(HttpClient client, string token, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>
    /// Samples the process's working set every 10 ms on a thread of its own, and counts what that thread allocates
    /// (<see cref="Allocated"/>, updated after every sample) so it can be taken out of the measured allocations.
    /// </summary>
    private sealed class WorkingSetSampler : IDisposable
    {
        private readonly Thread thread;
        private volatile bool stopping;
        private long peak;
        private long allocated;

        public WorkingSetSampler()
        {
            using var process = Process.GetCurrentProcess();
            Before = process.WorkingSet64;
            peak = Before;
            thread = new Thread(Sample) { IsBackground = true, Name = "working set sampler" };
            thread.Start();
        }

        public long Before { get; }

        public long Allocated => Interlocked.Read(ref allocated);

        /// <returns>The highest working set seen.</returns>
        public long Stop()
        {
            stopping = true;
            thread.Join();
            return peak;
        }

        public void Dispose()
        {
            if (!stopping)
            {
                Stop();
            }
        }

        private void Sample()
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            using (var process = Process.GetCurrentProcess())
            {
                while (!stopping)
                {
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                    Interlocked.Exchange(ref allocated, GC.GetAllocatedBytesForCurrentThread() - start);
                    Thread.Sleep(10);
                }
            }
        }
    }
}

/// <summary>A number of whole transfers of one file; the allocations and working set are the whole process's.</summary>
internal sealed record Transfer(string Name, int Count, int Failures, long Bytes, TimeSpan Elapsed, long Allocated, long WorkingSetBefore, long WorkingSetPeak)
{
    public double MegabytesPerSecond => Bytes / (double)DossierLoad.Megabyte / Elapsed.TotalSeconds;

    public double AllocatedPerTransfer => Count == 0 ? double.NaN : Allocated / (double)Count;

    public override string ToString() =>
        $"{Name,-38} {MegabytesPerSecond,6:F0} MB/s   {AllocatedPerTransfer / 1024,8:F1} KB allocated each   "
        + $"working set {WorkingSetBefore / DossierLoad.Megabyte} MB, peak {WorkingSetPeak / DossierLoad.Megabyte} MB   ({Count} ok, {Failures} failed)";
}

/// <summary>
/// GET /raw/bytes (added by the benchmark only): the bytes set in <see cref="Content"/>, written in 64 KB pieces with
/// no login and no database, to show what the HTTP path itself costs (Kestrel and the client of the same process).
/// </summary>
internal sealed class RawBytesEndpoint : IStartupFilter
{
    public const string Path = "raw/bytes";

    public static byte[] Content { get; set; } = [];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/" + Path, branch => branch.Run(HandleAsync));
        next(app);
    };

    private static async Task HandleAsync(HttpContext http)
    {
        var content = Content;
        http.Response.ContentType = "application/pdf";
        http.Response.ContentLength = content.Length;
        for (var offset = 0; offset < content.Length; offset += 64 * 1024)
        {
            await http.Response.Body.WriteAsync(content.AsMemory(offset, Math.Min(64 * 1024, content.Length - offset)), http.RequestAborted);
        }
    }
}
