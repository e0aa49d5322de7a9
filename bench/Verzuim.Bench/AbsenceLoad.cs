using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verzuim.BuildingBlocks.Background;
using Verzuim.Testing;

namespace Verzuim.Bench;

/// <summary>The Absence module under load: the dashboard, reporting sick, and reading the payroll feed.</summary>
internal static class AbsenceLoad
{
    private const string Dashboard = """{"query":"{ dashboard { isSick sickSince week percentage mayReportSick mayReportRecovered nextSteps { kind dueOn } contacts { name } } }"}""";
    private const string ReportSick = "mutation($i: ReportSickInput!) { reportSick(input: $i) { absence { id } errors { code } } }";
    private const string Events = "query($after: String) { absenceEvents(first: 100, after: $after) { edges { node { kind absenceId employeeKey firstDay percentage } } pageInfo { hasNextPage endCursor } } }";

    public static async Task<Func<CancellationToken, Task<bool>>> SickEmployeesDashboardAsync(BenchHost host, HttpClient client)
    {
        var employer = await TestEmployer.CreateAsync(host);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.RegisterAsync(employee);
        var today = Verzuim.Dates.DutchDates.Today(host.Clock);
        await PostAsync(client, token, ReportSick, new { i = Sick(today.AddDays(-1), null) }, CancellationToken.None);
        return async ct => (await PostRawAsync(client, token, Dashboard, ct)).Contains("\"isSick\":true", StringComparison.Ordinal);
    }

    /// <summary>A payroll client of a new employer with <paramref name="count"/> employees; returns its key and their ids.</summary>
    public static async Task<(string Key, string[] EmployeeIds)> PayrollWithEmployeesAsync(BenchHost host, HttpClient client, int count)
    {
        var employer = await TestEmployer.CreateAsync(host);
        var key = await employer.ApiClientKeyAsync("EMPLOYEES_WRITE", "ABSENCES_READ", "ABSENCES_WRITE");
        var ids = new List<string>(count);
        for (var offset = 0; offset < count; offset += 500)
        {
            var batch = Enumerable.Range(offset, Math.Min(500, count - offset)).Select(i => new
            {
                externalKey = $"P{i:D6}", firstName = "Medewerker", lastName = $"{i}", email = $"m{i}.{Guid.NewGuid():N}@bench.test",
                dateOfBirth = "1985-06-01", employmentStart = "2015-01-01",
            });
            var body = await PostAsync(client, key, "mutation($i: UpsertEmployeesInput!) { upsertEmployees(input: $i) { employees { id } } }",
                new { i = new { employees = batch } }, CancellationToken.None);
            ids.AddRange(body.RootElement.GetProperty("data").GetProperty("upsertEmployees").GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
        }
        return (key, [.. ids]);
    }

    public static Func<CancellationToken, Task<bool>> ReportSickOnce(HttpClient client, string key, string[] employeeIds, DateOnly firstDay)
    {
        var next = -1;
        return async ct =>
        {
            var index = Interlocked.Increment(ref next);
            if (index >= employeeIds.Length)
            {
                // Out of employees to report: too few were made for this run. Count it, without spinning.
                await Task.Delay(100, ct);
                return false;
            }
            using var body = await PostAsync(client, key, ReportSick, new { i = Sick(firstDay, employeeIds[index]) }, ct);
            return body.RootElement.GetProperty("data").GetProperty("reportSick").GetProperty("errors").GetArrayLength() == 0;
        };
    }

    /// <summary>
    /// Writes <paramref name="count"/> events for the employer straight into the table (the write path is measured
    /// above; they repeat one absence's report, so the dossier projection takes them in cheaply) and measures, in the same run: the positioning of those events by the feed's worker (which the first
    /// read of the feed did inline before), reading them all through the GraphQL feed, 100 a page, and a raw keyset
    /// <c>SELECT</c> of the same rows and columns through Npgsql, 100 a page.
    /// </summary>
    /// <param name="employeeKey">A payroll key of an employee of the client's employer who reported sick.</param>
    public static async Task<ExportFigures> ExportAsync(BenchHost host, HttpClient client, string key, string employeeKey, int count)
    {
        Guid employerId;
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                INSERT INTO absence.events (employer_id, absence_id, employee_id, case_id, case_first_day, employee_key, kind, first_day, percentage, absence_version, occurred_at)
                SELECT employer_id, id, employee_id, case_id, case_first_day, employee_key, 'Reported', first_day, 100, 1, now()
                FROM (SELECT id, employer_id, employee_id, case_id, case_first_day, employee_key, first_day FROM absence.absences WHERE employee_key = @employee) AS one,
                     generate_series(1, @count) AS n
                RETURNING employer_id
                """, connection);
            command.Parameters.AddWithValue("count", count);
            command.Parameters.AddWithValue("employee", employeeKey);
            command.CommandTimeout = 300;
            employerId = (Guid)(await command.ExecuteScalarAsync())!;
        }
        // Only the feed's positions are timed; the dossier projection then takes the events in before anything is read,
        // so the reads below run on an otherwise idle Host.
        var positions = host.Services.GetServices<ICatchUp>().Single(work => work.GetType().Name == "FeedPositionWorker");
        var positioning = Stopwatch.StartNew();
        await positions.CatchUpAsync(CancellationToken.None);
        positioning.Stop();
        await host.CatchUpAsync();

        var reading = Stopwatch.StartNew();
        string? after = null;
        var events = 0;
        var pages = 0;
        while (true)
        {
            using var body = await PostAsync(client, key, Events, new { after }, CancellationToken.None);
            var feed = body.RootElement.GetProperty("data").GetProperty("absenceEvents");
            events += feed.GetProperty("edges").GetArrayLength();
            pages++;
            after = feed.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            if (!feed.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
        }
        reading.Stop();
        var raw = await RawKeysetReadAsync(host.ConnectionString, employerId);
        return new ExportFigures(events, pages, positioning.Elapsed, reading.Elapsed, raw.Elapsed, raw.Rows);
    }

    /// <summary>The same rows and columns as the feed's query, 100 a page by employer position, straight through Npgsql.</summary>
    private static async Task<(TimeSpan Elapsed, int Rows)> RawKeysetReadAsync(string connectionString, Guid employerId)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var clock = Stopwatch.StartNew();
        long after = 0;
        var rows = 0;
        while (true)
        {
            await using var command = dataSource.CreateCommand("""
                SELECT employer_position, kind, absence_id, employee_key, first_day, percentage FROM absence.events
                WHERE employer_id = @employer AND employer_position > @after ORDER BY employer_position LIMIT 101
                """);
            command.Parameters.AddWithValue("employer", employerId);
            command.Parameters.AddWithValue("after", after);
            await using var reader = await command.ExecuteReaderAsync();
            var inPage = 0;
            while (await reader.ReadAsync() && inPage < 100)
            {
                after = reader.GetInt64(0);
                _ = (reader.GetString(1), reader.GetGuid(2), reader.GetString(3), reader.GetFieldValue<DateOnly>(4), reader.GetInt32(5));
                inPage++;
            }
            rows += inPage;
            if (inPage < 100)
            {
                return (clock.Elapsed, rows);
            }
        }
    }

    private static object Sick(DateOnly firstDay, string? employeeId) => new
    {
        firstDay = firstDay.ToString("yyyy-MM-dd"), employeeId, safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false,
    };

    private static async Task<JsonDocument> PostAsync(HttpClient client, string token, string query, object variables, CancellationToken cancellationToken) =>
        JsonDocument.Parse(await PostRawAsync(client, token, JsonSerializer.Serialize(new { query, variables }), cancellationToken));

    private static async Task<string> PostRawAsync(HttpClient client, string token, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }
}

internal sealed record ExportFigures(int Events, int Pages, TimeSpan Positioning, TimeSpan Reading, TimeSpan RawReading, int RawRows)
{
    /// <summary>The feed's reading speed as a share of the raw keyset read's (1.0 would be as fast).</summary>
    public double RatioToRaw => RawReading / Reading;
}
