using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.PayrollFeed;

/// <summary>DOMAIN §9: payroll follows every absence change from a cursor, within its scopes.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class PayrollFeedTests(VerzuimApiFactory api)
{
    private static async Task<List<JsonElement>> ReadAllAsync(Func<object, Task<GraphQLTestResponse>> send, int pageSize = 100, string? after = null)
    {
        var events = new List<JsonElement>();
        while (true)
        {
            var page = (await send(new { after, first = pageSize })).Data.GetProperty("absenceEvents");
            events.AddRange(page.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node")));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return events;
            }
        }
    }

    [Fact]
    public async Task A_payroll_client_reads_every_change_with_the_absence_id_and_the_employees_key_and_no_free_text()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var payroll = await sanne.Employer.ApiClientKeyAsync("ABSENCES_READ");
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2), hours: 3, handover: "Overdracht aan Piet"))).AbsenceId("reportSick");
        await sanne.AsHr(ChangePercentage, new { input = new { absenceId = id, percentage = 40, from = Iso(Today.AddDays(-1)) } });
        await sanne.SendAsync(ReportRecovered, Recovered(id, Today));

        await api.CatchUpAsync();
        var response = await sanne.Employer.Client.SendAsync(Events, token: payroll);
        var events = response.Data.GetProperty("absenceEvents").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        events.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["REPORTED", "PERCENTAGE_CHANGED", "RECOVERED"]);
        events.ShouldAllBe(e => e.GetProperty("absenceId").GetString() == id && e.GetProperty("employeeKey").GetString() == sanne.Employee.ExternalKey
            && e.GetProperty("employeeId").GetString() == sanne.Employee.Id);
        events[0].GetProperty("hoursWorkedOnFirstDay").GetDecimal().ShouldBe(3m);
        events[1].GetProperty("percentage").GetInt32().ShouldBe(40);
        events[1].GetProperty("effectiveOn").GetString().ShouldBe(Iso(Today.AddDays(-1)));
        events[2].GetProperty("recoveredOn").GetString().ShouldBe(Iso(Today));
        events.Select(e => e.GetProperty("absenceVersion").GetInt32()).ShouldBe([1, 2, 3]);
        response.Body.ToString().ShouldNotContain("Overdracht");
    }

    [Fact]
    public async Task Every_event_and_history_line_says_when_it_happened_as_an_instant_with_its_offset()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var payroll = await sanne.Employer.ApiClientKeyAsync("ABSENCES_READ");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var reported = await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1)));
        await sanne.SendAsync(ReportRecovered, Recovered(reported.AbsenceId("reportSick"), Today));

        await api.CatchUpAsync();
        var feed = await sanne.Employer.Client.SendAsync(Events, token: payroll);
        var mine = await sanne.SendAsync(MyAbsences);

        feed.Body.TryGetProperty("errors", out _).ShouldBeFalse(feed.Body.ToString());
        mine.Body.TryGetProperty("errors", out _).ShouldBeFalse(mine.Body.ToString());
        var moments = feed.Data.GetProperty("absenceEvents").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("occurredAt").GetString()!)
            .Concat(mine.Data.GetProperty("myAbsences")[0].GetProperty("history").EnumerateArray().Select(line => line.GetProperty("at").GetString()!))
            .ToList();
        moments.Count.ShouldBe(4);
        moments.ShouldAllBe(text => System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$"));
        moments.Select(DateTimeOffset.Parse).ShouldAllBe(at => at >= before && at <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task The_feed_type_has_no_field_for_free_text_or_the_report()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var type = await sanne.AsHr("""{ __type(name: "AbsenceEvent") { fields { name type { name ofType { name } } } } }""");

        var fields = type.Data.GetProperty("__type").GetProperty("fields").EnumerateArray().ToList();
        fields.Select(f => f.GetProperty("name").GetString()).ShouldNotContain("handover");
        fields.Where(f => (f.GetProperty("type").GetProperty("name").GetString() ?? f.GetProperty("type").GetProperty("ofType").GetProperty("name").GetString()) == "String")
            .Select(f => f.GetProperty("name").GetString()).ShouldBe(["employeeKey"]);
    }

    [Fact]
    public async Task Reading_on_from_the_last_cursor_gives_only_what_happened_since_and_an_empty_page_keeps_the_cursor()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var payroll = await sanne.Employer.ApiClientKeyAsync("ABSENCES_READ");
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1)))).AbsenceId("reportSick");
        await api.CatchUpAsync();
        var first = (await sanne.Employer.Client.SendAsync(Events, token: payroll)).Data.GetProperty("absenceEvents");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var nothingNew = (await sanne.Employer.Client.SendAsync(Events, new { after = cursor }, payroll)).Data.GetProperty("absenceEvents");
        await sanne.SendAsync(ReportRecovered, Recovered(id, Today));
        await api.CatchUpAsync();
        var since = (await sanne.Employer.Client.SendAsync(Events, new { after = cursor }, payroll)).Data.GetProperty("absenceEvents");

        nothingNew.GetProperty("edges").GetArrayLength().ShouldBe(0);
        nothingNew.GetProperty("pageInfo").GetProperty("endCursor").GetString().ShouldBe(cursor);
        since.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("kind").GetString()).ShouldBe(["RECOVERED"]);
    }

    [Fact]
    public async Task A_reader_paging_while_others_write_sees_every_event_exactly_once()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var payroll = await employer.ApiClientKeyAsync("ABSENCES_READ", "ABSENCES_WRITE");
        var employees = new List<TestEmployee>();
        for (var i = 0; i < 24; i++)
        {
            employees.Add(await employer.AddEmployeeAsync());
        }
        var writers = Task.WhenAll(employees.Select(async employee =>
        {
            var id = (await employer.Client.SendAsync(ReportSick, Sick(Today.AddDays(-3), employeeId: employee.Id), payroll)).AbsenceId("reportSick");
            await employer.Client.SendAsync(ReportRecovered, Recovered(id, Today), payroll);
        }));

        var seen = new List<JsonElement>();
        string? cursor = null;
        var writersDone = false;
        while (true)
        {
            // Decide before reading: once the writers are done and their events positioned, the next empty page means
            // the reader has everything.
            writersDone = writers.IsCompleted;
            if (writersDone)
            {
                await api.CatchUpAsync();
            }
            var page = (await employer.Client.SendAsync(Events, new { after = cursor, first = 3 }, payroll)).Data.GetProperty("absenceEvents");
            var edges = page.GetProperty("edges").EnumerateArray().ToList();
            seen.AddRange(edges.Select(edge => edge.GetProperty("node")));
            cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            if (writersDone && edges.Count == 0)
            {
                break;
            }
        }
        await writers;

        seen.Count.ShouldBe(employees.Count * 2);
        seen.Select(e => (e.GetProperty("absenceId").GetString(), e.GetProperty("absenceVersion").GetInt32())).Distinct().Count().ShouldBe(employees.Count * 2);
        seen.Select(e => e.GetProperty("employeeKey").GetString()).Distinct().Count().ShouldBe(employees.Count);
        (await ReadAllAsync(v => employer.Client.SendAsync(Events, v, payroll), after: cursor)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Scopes_limit_reading_and_writing()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var readOnly = await sanne.Employer.ApiClientKeyAsync("ABSENCES_READ");
        var employeesOnly = await sanne.Employer.ApiClientKeyAsync("EMPLOYEES_READ");
        var writer = await sanne.Employer.ApiClientKeyAsync("ABSENCES_WRITE", "ABSENCES_READ");

        var write = await sanne.Employer.Client.SendAsync(ReportSick, Sick(Today, employeeId: sanne.Employee.Id), readOnly);
        var read = await sanne.Employer.Client.SendAsync(Events, token: employeesOnly);
        var written = await sanne.Employer.Client.SendAsync(ReportSick, Sick(Today, employeeId: sanne.Employee.Id, handover: "Intern"), writer);

        write.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        read.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        written.UserErrors("reportSick").ShouldBeEmpty();
        written.Absence("reportSick").GetProperty("history")[0].GetProperty("reportedBy").GetString().ShouldBe("API_CLIENT");
        written.Absence("reportSick").GetProperty("report").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_payroll_client_looks_up_one_employees_absences_by_its_own_key_and_sees_only_its_employer()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var other = await TestEmployer.CreateAsync(api);
        var payroll = await sanne.Employer.ApiClientKeyAsync("ABSENCES_READ");
        var otherPayroll = await other.ApiClientKeyAsync("ABSENCES_READ");
        await sanne.SendAsync(ReportSick, Sick(Today));
        await api.CatchUpAsync();
        const string ByKey = "query($key: String!) { employeeAbsences(externalKey: $key) { id status firstDay } }";

        var own = await sanne.Employer.Client.SendAsync(ByKey, new { key = sanne.Employee.ExternalKey }, payroll);
        var foreign = await other.Client.SendAsync(ByKey, new { key = sanne.Employee.ExternalKey }, otherPayroll);
        var foreignFeed = await ReadAllAsync(v => other.Client.SendAsync(Events, v, otherPayroll));
        var ownFeed = await ReadAllAsync(v => sanne.Employer.Client.SendAsync(Events, v, payroll));

        ownFeed.ShouldHaveSingleItem();
        own.Data.GetProperty("employeeAbsences").GetArrayLength().ShouldBe(1);
        foreign.Data.GetProperty("employeeAbsences").ValueKind.ShouldBe(JsonValueKind.Null);
        foreignFeed.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_of_the_feed_is_a_typed_error()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var response = await sanne.AsHr(Events, new { after = "bm90LWEtY3Vyc29y", first = 10 });
        var tooMany = await sanne.AsHr(Events, new { first = 101 });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
        tooMany.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
    }

    [Fact]
    public async Task Each_employer_counts_its_own_positions_so_a_cursor_tells_nothing_of_other_employers()
    {
        var busy = await SignedInEmployee.CreateAsync(api);
        var absence = (await busy.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");
        await busy.AsHr(ChangePercentage, new { input = new { absenceId = absence, percentage = 40, from = Iso(Today.AddDays(-1)) } });
        await busy.AsHr(ChangePercentage, new { input = new { absenceId = absence, percentage = 60, from = Iso(Today) } });
        await busy.SendAsync(ReportRecovered, Recovered(absence, Today));
        var quiet = await SignedInEmployee.CreateAsync(api);
        await quiet.SendAsync(ReportSick, Sick(Today));

        await api.CatchUpAsync();
        var busyFeed = await busy.AsHr(Events);
        var quietFeed = await quiet.AsHr(Events);

        Positions(busyFeed).ShouldBe([1, 2, 3, 4]);
        Positions(quietFeed).ShouldBe([1]);
    }

    [Fact]
    public async Task Other_modules_follow_every_employers_changes_in_one_order_across_employers()
    {
        var first = await SignedInEmployee.CreateAsync(api);
        var second = await SignedInEmployee.CreateAsync(api);
        await first.SendAsync(ReportSick, Sick(Today));
        await using var scope = api.Services.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<Verzuim.Absence.Contracts.IAbsenceChanges>();
        await api.CatchUpAsync();
        var before = await ReadAllChangesAsync(changes, 0);
        var last = before[^1].Position;

        await second.SendAsync(ReportSick, Sick(Today));
        await api.CatchUpAsync();
        var after = await ReadAllChangesAsync(changes, last);

        before.Select(c => c.Position).ShouldBeUnique();
        before.Select(c => c.Position).ShouldBe(before.Select(c => c.Position).Order());
        // The second employer's first event comes after everything read before, though it is that employer's first.
        after.Select(c => c.Kind).ShouldBe([Verzuim.Absence.Contracts.AbsenceChangeKind.Reported]);
        after[0].Position.ShouldBeGreaterThan(last);
        after[0].EmployerId.ShouldNotBe(before[^1].EmployerId);
    }

    [Fact]
    public async Task Reading_the_feed_neither_waits_for_nor_does_the_positioning_which_follows_the_commit_on_its_own()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var payroll = await sanne.Employer.ApiClientKeyAsync("ABSENCES_READ");
        await api.CatchUpAsync();
        await using var positioner = new NpgsqlConnection(api.ConnectionString);
        await positioner.OpenAsync();
        await using var holding = await positioner.BeginTransactionAsync();
        // Holds the lock the position worker takes, as a worker on another instance in the middle of a run would.
        await using (var lockPositions = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('absence.events.position', 0))", positioner, holding))
        {
            await lockPositions.ExecuteNonQueryAsync();
        }

        await sanne.SendAsync(ReportSick, Sick(Today));
        var whileHeld = await sanne.Employer.Client.SendAsync(Events, token: payroll).WaitAsync(TimeSpan.FromSeconds(30));
        var unpositioned = await UnpositionedEventsAsync(sanne.Employee);
        await holding.RollbackAsync();
        var positioned = await WaitForAsync(async () => await UnpositionedEventsAsync(sanne.Employee) == 0);
        var afterwards = await sanne.Employer.Client.SendAsync(Events, token: payroll);

        whileHeld.ErrorCodes.ShouldBeEmpty();
        whileHeld.Data.GetProperty("absenceEvents").GetProperty("edges").GetArrayLength().ShouldBe(0);
        unpositioned.ShouldBe(1);
        positioned.ShouldBeTrue("the worker positions a committed event without any reader");
        afterwards.Data.GetProperty("absenceEvents").GetProperty("edges").GetArrayLength().ShouldBe(1);
    }

    /// <summary>The employee's events that have no position yet (their random payroll key is unique).</summary>
    private async Task<long> UnpositionedEventsAsync(TestEmployee employee)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM absence.events WHERE employee_key = @key AND position IS NULL", connection);
        count.Parameters.AddWithValue("key", employee.ExternalKey);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Polls until the condition holds (for work a background worker does after a commit); false after 20 s.</summary>
    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            if (await condition())
            {
                return true;
            }
        }
        return false;
    }

    private static async Task<List<Verzuim.Absence.Contracts.AbsenceChanged>> ReadAllChangesAsync(Verzuim.Absence.Contracts.IAbsenceChanges changes, long after)
    {
        var all = new List<Verzuim.Absence.Contracts.AbsenceChanged>();
        while (await changes.ReadAsync(after, 500, CancellationToken.None) is { Count: > 0 } page)
        {
            all.AddRange(page);
            after = page[^1].Position;
        }
        return all;
    }

    [Fact]
    public async Task A_cursor_beyond_the_last_event_is_a_typed_error_not_a_silent_wait()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        await sanne.SendAsync(ReportSick, Sick(Today));
        await api.CatchUpAsync();
        var last = (await sanne.AsHr(Events)).Data.GetProperty("absenceEvents").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var atTheEnd = await sanne.AsHr(Events, new { after = last });
        var beyond = await sanne.AsHr(Events, new { after = Cursor(2) });

        atTheEnd.ErrorCodes.ShouldBeEmpty();
        atTheEnd.Data.GetProperty("absenceEvents").GetProperty("edges").GetArrayLength().ShouldBe(0);
        beyond.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
    }

    private static string Cursor(long position) => BuildingBlocks.Paging.Cursor.ForPosition(position);

    private static List<long> Positions(GraphQLTestResponse feed) =>
        [.. feed.Data.GetProperty("absenceEvents").GetProperty("edges").EnumerateArray().Select(edge =>
            BuildingBlocks.Paging.Cursor.TryReadPosition(edge.GetProperty("cursor").GetString()!, out var position) ? position : -1)];
}
