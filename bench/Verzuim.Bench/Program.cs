using System.Net.Http.Headers;
using System.Text;
using Verzuim.Bench;
using Verzuim.Testing;

// Runs every benchmark of bench/README.md and writes the figures to bench/results/latest.md.
var quick = args.Contains("--quick");
TimeSpan Seconds(int full) => TimeSpan.FromSeconds(quick ? Math.Max(2, full / 4) : full);
var report = new StringBuilder();
void Say(string line)
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

Say($"Verzuim benchmarks, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}{(quick ? ", quick run" : "")}");
Say("Host on Kestrel over loopback; the load generator runs in the same process and shares the cores.");
Say("");

var limit = Math.Max(1, Environment.ProcessorCount - 1);
// `--absence` runs section 6 alone, `--dossiers` section 7 alone.
var only = args.Contains("--absence") ? 6 : args.Contains("--dossiers") ? 7 : 0;
if (args.Contains("--feed-profile"))
{
    await using var profiled = new BenchHost(limit, hashingIterations: 1_000);
    await ((Xunit.IAsyncLifetime)profiled).InitializeAsync();
    using var profileClient = new HttpClient { BaseAddress = profiled.BaseAddress };
    await FeedProfile.RunAsync(profiled, profileClient, Say);
    return 0;
}
if (only == 0)
{
    await using (var host = new BenchHost(limit))
    {
        await ((Xunit.IAsyncLifetime)host).InitializeAsync();
        var (client, token, email) = await SignedInEmployeeAsync(host);

        Task<bool> GraphQLMe(CancellationToken ct) => SendAsync(client, token, graphql: true, ct);
        Task<bool> RawMe(CancellationToken ct) => SendAsync(client, token, graphql: false, ct);
        // Long enough for tiered compilation to settle on both paths before anything is measured.
        await Load.ClosedLoopAsync("warm-up", GraphQLMe, 16, Seconds(12));
        await Load.ClosedLoopAsync("warm-up", RawMe, 16, Seconds(12));

        Say("## 1. `me`: GraphQL against a hand-written minimal endpoint (16 clients, closed loop)");
        var rounds = new List<(Measurement Raw, Measurement GraphQL)>();
        for (var round = 1; round <= 3; round++)
        {
            var raw = await Load.ClosedLoopAsync($"raw /raw/me, round {round}", RawMe, 16, Seconds(10));
            var graphql = await Load.ClosedLoopAsync($"GraphQL me, round {round}", GraphQLMe, 16, Seconds(10));
            Say(raw.ToString());
            Say(graphql.ToString());
            rounds.Add((raw, graphql));
        }
        var ratio = rounds.Sum(r => r.GraphQL.Throughput) / rounds.Sum(r => r.Raw.Throughput);
        Say($"GraphQL / raw throughput: {ratio:F2} (target ≥ 0.70)");
        Say("");

        Say("## 2. `me` at a fixed 200 requests/s (open loop, latency from the scheduled send)");
        var fixedRate = await Load.FixedRateAsync("GraphQL me @ 200/s", GraphQLMe, 200, Seconds(20));
        Say(fixedRate.ToString());
        Say($"p99 {fixedRate.P99:F2} ms (target < 20 ms)");
        Say("");

        Say($"## 3. Login with PBKDF2-HMAC-SHA512 (hashing limited to {limit} at a time)");
        Say((await Load.ClosedLoopAsync("login, 1 client", ct => LoginAsync(client, email, ct), 1, Seconds(8))).ToString());
        Say((await Load.ClosedLoopAsync("login, 8 clients", ct => LoginAsync(client, email, ct), 8, Seconds(8))).ToString());
        Say("");
        Say("## 4. A burst of 80 logins while `me` runs at 100/s");
        Say((await BurstAsync(client, token, email, $"`me` during burst, limit {limit}")).ToString());
    }
    await using (var unlimited = new BenchHost(64))
    {
        await ((Xunit.IAsyncLifetime)unlimited).InitializeAsync();
        var (client, token, email) = await SignedInEmployeeAsync(unlimited);
        await Load.ClosedLoopAsync("warm-up", ct => SendAsync(client, token, graphql: true, ct), 8, Seconds(4));
        Say((await BurstAsync(client, token, email, "`me` during burst, no limit (64)")).ToString());
    }

    Say("");
    Say("## 5. The login's second step, one client, each sample a new login (password step not timed)");
    await using (var secondFactor = new BenchHost(limit, hashingIterations: 1_000))
    {
        await ((Xunit.IAsyncLifetime)secondFactor).InitializeAsync();
        var samples = quick ? 200 : 1_000;
        var (client, _, appUser) = await SignedInEmployeeAsync(secondFactor);
        await SecondFactorLatency.AuthenticatorAppAsync(secondFactor, client, appUser, samples / 5);
        var totp = await SecondFactorLatency.AuthenticatorAppAsync(secondFactor, client, appUser, samples);
        Say(totp.Latencies());
        var (keyClient, keyToken, keyUser) = await SignedInEmployeeAsync(secondFactor);
        using var key = await SecondFactorLatency.RegisterKeyAsync(keyClient, keyToken);
        await SecondFactorLatency.SecurityKeyAsync(keyClient, keyUser, key, samples / 5);
        var (begin, verify) = await SecondFactorLatency.SecurityKeyAsync(keyClient, keyUser, key, samples);
        Say(begin.Latencies());
        Say(verify.Latencies());
        Say($"p99 TOTP {totp.P99:F2} ms, WebAuthn {verify.P99:F2} ms (target < 30 ms)");
    }
}

if (only is 0 or 6)
{
    Say("");
    Say("## 6. Absence: the dashboard at 200/s, reporting sick, the payroll export");
    await using (var absence = new BenchHost(limit, hashingIterations: 1_000))
    {
        await ((Xunit.IAsyncLifetime)absence).InitializeAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = absence.BaseAddress };
        var dashboard = await AbsenceLoad.SickEmployeesDashboardAsync(absence, client);
        await Load.ClosedLoopAsync("warm-up", dashboard, 8, Seconds(8));
        var atRate = await Load.FixedRateAsync("dashboard @ 200/s", dashboard, 200, Seconds(20));
        Say(atRate.ToString());
        Say($"p99 {atRate.P99:F2} ms (target < 25 ms)");

        var (key, employees) = await AbsenceLoad.PayrollWithEmployeesAsync(absence, client, quick ? 8_000 : 24_000);
        var today = Verzuim.Dates.DutchDates.Today(absence.Clock);
        await Load.ClosedLoopAsync("warm-up", AbsenceLoad.ReportSickOnce(client, key, employees[..500], today), 8, TimeSpan.FromSeconds(2));
        var reports = await Load.ClosedLoopAsync("reportSick, 16 clients", AbsenceLoad.ReportSickOnce(client, key, employees[500..], today), 16, Seconds(20));
        Say(reports.ToString());
        Say($"reportSick {reports.Throughput:F0}/s (target ≥ 300/s)");

        var export = await AbsenceLoad.ExportAsync(absence, client, key, "P000000", 100_000);
        Say($"payroll export, positioning by the feed's worker (done by the first read before): {export.Positioning.TotalSeconds:F2} s");
        Say($"payroll export, before (positioning + reading, as the first read did): {(export.Positioning + export.Reading).TotalSeconds:F2} s");
        Say($"payroll export, after (reading only): {export.Events} events in {export.Pages} pages of 100, {export.Reading.TotalSeconds:F2} s "
            + $"({export.Events / export.Reading.TotalSeconds:F0} events/s; target 100 000 in ≤ 10 s)");
        Say($"raw keyset SELECT through Npgsql, same rows and columns, 100 a page: {export.RawRows} rows, {export.RawReading.TotalSeconds:F2} s "
            + $"({export.RawRows / export.RawReading.TotalSeconds:F0} rows/s)");
        Say($"feed / raw read speed: {export.RatioToRaw:F2} (target ≥ 0.50)");
    }
}

if (only is 0 or 7)
{
    Say("");
    Say("## 7. Dossiers: a 5 MB document streamed from PostgreSQL, the dossier detail at 100/s");
    await using var dossiers = new BenchHost(limit, hashingIterations: 1_000);
    await ((Xunit.IAsyncLifetime)dossiers).InitializeAsync();
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = dossiers.BaseAddress };
    var transfers = await DossierLoad.StreamingAsync(await DossierLoad.SickDossierAsync(dossiers, client), client, 5 * DossierLoad.Megabyte, quick ? 50 : 200);
    foreach (var transfer in transfers)
    {
        Say(transfer.ToString());
    }
    Say(DossierLoad.Summary(transfers));

    var detail = await DossierLoad.DossierDetailAsync(await DossierLoad.SickDossierAsync(dossiers, client), client, documents: 5, messages: 10);
    await Load.ClosedLoopAsync("warm-up", detail, 8, Seconds(8));
    Say((await Load.ClosedLoopAsync("dossier detail, 1 client", detail, 1, Seconds(8))).ToString());
    var atRate = await Load.FixedRateAsync("dossier detail @ 100/s", detail, 100, Seconds(20));
    Say(atRate.ToString());
    Say($"p99 {atRate.P99:F2} ms (target < 25 ms)");
}

var results = Path.Combine(RepositoryRoot.Path, "bench", "results");
Directory.CreateDirectory(results);
await File.WriteAllTextAsync(Path.Combine(results, "latest.md"), report.ToString());
Console.WriteLine($"\nWritten to {Path.Combine(results, "latest.md")}");
return 0;

static async Task<(HttpClient Client, string Token, string Email)> SignedInEmployeeAsync(BenchHost host)
{
    var employer = await TestEmployer.CreateAsync(host);
    var employee = await employer.AddEmployeeAsync();
    var token = await employer.RegisterAsync(employee);
    var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = host.BaseAddress,
    };
    return (client, token, employee.Email);
}

static async Task<bool> SendAsync(HttpClient client, string token, bool graphql, CancellationToken cancellationToken)
{
    using var request = graphql
        ? new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("""{"query":"{ me { ... on Employee { id displayName email } } }"}""", Encoding.UTF8, "application/json"),
        }
        : new HttpRequestMessage(HttpMethod.Get, "raw/me");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await client.SendAsync(request, cancellationToken);
    var body = await response.Content.ReadAsStringAsync(cancellationToken);
    return response.IsSuccessStatusCode && body.Contains("displayName", StringComparison.Ordinal);
}

static async Task<bool> LoginAsync(HttpClient client, string email, CancellationToken cancellationToken)
{
    var body = System.Text.Json.JsonSerializer.Serialize(new
    {
        query = "mutation($i: LoginInput!) { login(input: $i) { session { token } } }",
        variables = new { i = new { email, password = TestEmployer.Password } },
    });
    using var response = await client.PostAsync("graphql", new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
    return (await response.Content.ReadAsStringAsync(cancellationToken)).Contains("vzs_", StringComparison.Ordinal);
}

static async Task<Measurement> BurstAsync(HttpClient client, string token, string email, string name)
{
    var probe = Load.FixedRateAsync(name, ct => SendAsync(client, token, graphql: true, ct), 100, TimeSpan.FromSeconds(10));
    await Task.Delay(TimeSpan.FromSeconds(1));
    var burst = Task.WhenAll(Enumerable.Range(0, 80).Select(_ => LoginAsync(client, email, CancellationToken.None)));
    var measured = await probe;
    await burst;
    return measured;
}
