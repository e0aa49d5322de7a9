using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
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
        var today = Verzuim.BuildingBlocks.DutchDates.Today(host.Clock);
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
    /// above), then reads them all through the GraphQL feed, 100 a page; the first read gives them their positions.
    /// </summary>
    /// <param name="employeeKey">A payroll key of an employee of the client's employer who reported sick.</param>
    public static async Task<(TimeSpan Elapsed, int Events, int Pages)> ExportAsync(BenchHost host, HttpClient client, string key, string employeeKey, int count)
    {
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                INSERT INTO absence.events (employer_id, absence_id, employee_id, employee_key, kind, first_day, percentage, absence_version, occurred_at)
                SELECT employer_id, gen_random_uuid(), employee_id, employee_key, 'Reported', DATE '2026-01-05' + (n % 300), 100, 1, now()
                FROM (SELECT employer_id, employee_id, employee_key FROM absence.absences WHERE employee_key = @employee) AS one, generate_series(1, @count) AS n
                """, connection);
            command.Parameters.AddWithValue("count", count);
            command.Parameters.AddWithValue("employee", employeeKey);
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
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
                return (clock.Elapsed, events, pages);
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
