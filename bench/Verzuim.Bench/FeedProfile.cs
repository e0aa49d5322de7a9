using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using Verzuim.Testing;

namespace Verzuim.Bench;

internal static class FeedProfile
{
    public static async Task RunAsync(BenchHost host, HttpClient client, Action<string> say)
    {
        var employer = await TestEmployer.CreateAsync(host);
        var key = await employer.ApiClientKeyAsync("ABSENCES_READ", "ABSENCES_WRITE");
        var employee = await employer.AddEmployeeAsync();
        var body = "{\"query\":\"mutation($i: ReportSickInput!) { reportSick(input: $i) { errors { code } } }\",\"variables\":{\"i\":{\"firstDay\":\"" + Verzuim.Dates.DutchDates.Today(host.Clock).ToString("yyyy-MM-dd") + "\",\"employeeId\":\"" + employee.Id + "\",\"safetyNet\":\"NO\",\"workplaceAccident\":false,\"trafficAccidentWithLiableThirdParty\":false}}}";
        say(await PostAsync(client, key, body));
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                INSERT INTO absence.events (employer_id, absence_id, employee_id, case_id, case_first_day, employee_key, kind, first_day, percentage, absence_version, occurred_at)
                SELECT employer_id, id, employee_id, case_id, case_first_day, employee_key, 'Reported', first_day, 100, 1, now()
                FROM absence.absences, generate_series(1, 2000) WHERE employee_key = @k
                """, connection);
            command.Parameters.AddWithValue("k", employee.ExternalKey);
            await command.ExecuteNonQueryAsync();
        }
        await host.CatchUpAsync();
        string[] queries =
        [
            "{\"query\":\"{ __typename }\"}",
            "{\"query\":\"{ absences(first: 1) { pageInfo { endCursor } } }\"}",
            "{\"query\":\"{ employeeAbsences(externalKey: \\\"none\\\") { id } }\"}",
            "{\"query\":\"{ absenceEvents(first: 1) { pageInfo { endCursor } } }\"}",
            "{\"query\":\"{ absenceEvents(first: 100) { pageInfo { endCursor } } }\"}",
            "{\"query\":\"{ absenceEvents(first: 100) { edges { node { kind } } } }\"}",
            "{\"query\":\"{ absenceEvents(first: 100) { edges { node { kind absenceId employeeKey firstDay percentage } } pageInfo { hasNextPage endCursor } } }\"}",
            "{\"query\":\"{ absenceEvents(first: 100) { edges { cursor node { kind absenceId employeeKey firstDay percentage } } pageInfo { hasNextPage endCursor } } }\"}",
        ];
        foreach (var query in queries)
        {
            for (var i = 0; i < 50; i++) await PostAsync(client, key, query);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 300; i++) await PostAsync(client, key, query);
            say($"{clock.Elapsed.TotalMilliseconds / 300:F2} ms  {query[..Math.Min(query.Length, 110)]}");
        }
    }

    private static async Task<string> PostAsync(HttpClient client, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 200 ? text[..200] : text;
    }
}
