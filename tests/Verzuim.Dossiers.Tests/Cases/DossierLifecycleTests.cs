using System.Text.Json;
using Npgsql;

namespace Verzuim.Dossiers.Tests.Cases;

[Collection(DossiersApiCollection.Name)]
public sealed class DossierLifecycleTests(VerzuimApiFactory api)
{
    private const string Withdraw = "mutation($input: WithdrawAbsenceInput!) { withdrawAbsence(input: $input) { errors { code } } }";

    [Fact]
    public async Task Recovery_closes_the_dossier_with_its_end_date_and_a_linked_absence_reopens_the_same_one()
    {
        var person = await SignedInEmployee.CreateAsync(api, await DossierCalls.EmployerWithLongWindowAsync(api));
        var firstDay = DossierCalls.Today.AddDays(-40);
        var first = await person.ReportSickAsync(firstDay);
        await person.ReportRecoveredAsync(first, firstDay.AddDays(20));

        var closed = (await person.MyDossiersAsync()).Single();
        closed.GetProperty("status").GetString().ShouldBe("CLOSED");
        closed.GetProperty("closedOn").GetString().ShouldBe(firstDay.AddDays(20).ToString("yyyy-MM-dd"));

        var second = await person.ReportSickAsync(firstDay.AddDays(30));
        var reopened = (await person.MyDossiersAsync()).Single();
        reopened.GetProperty("id").GetString().ShouldBe(closed.GetProperty("id").GetString());
        reopened.GetProperty("status").GetString().ShouldBe("OPEN");
        reopened.GetProperty("closedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        reopened.GetProperty("firstDay").GetString().ShouldBe(firstDay.ToString("yyyy-MM-dd"));
        reopened.GetProperty("absenceIds").EnumerateArray().Select(a => a.GetString()).ShouldBe([first, second]);
    }

    [Fact]
    public async Task Open_dossiers_come_first_then_closed_ones_latest_ended_first()
    {
        var person = await SignedInEmployee.CreateAsync(api, await DossierCalls.EmployerWithLongWindowAsync(api));
        var oldest = DossierCalls.Today.AddDays(-200);
        var a = await person.ReportSickAsync(oldest);
        await person.ReportRecoveredAsync(a, oldest.AddDays(5));
        var b = await person.ReportSickAsync(oldest.AddDays(60));
        await person.ReportRecoveredAsync(b, oldest.AddDays(70));
        await person.ReportSickAsync(oldest.AddDays(150));

        var dossiers = await person.MyDossiersAsync();

        dossiers.Select(d => d.GetProperty("status").GetString()).ShouldBe(["OPEN", "CLOSED", "CLOSED"]);
        dossiers.Skip(1).Select(d => d.GetProperty("closedOn").GetString()).ShouldBe([oldest.AddDays(70).ToString("yyyy-MM-dd"), oldest.AddDays(5).ToString("yyyy-MM-dd")]);
    }

    [Fact]
    public async Task A_dossier_opens_after_the_sick_report_commits_without_any_reader_asking()
    {
        var person = await SignedInEmployee.CreateAsync(api);
        var report = await person.SendAsync("mutation($input: ReportSickInput!) { reportSick(input: $input) { absence { id } } }", new
        {
            input = new
            {
                firstDay = DossierCalls.Today.ToString("yyyy-MM-dd"), hoursWorkedOnFirstDay = 0, safetyNet = "NO",
                workplaceAccident = false, trafficAccidentWithLiableThirdParty = false,
            },
        });
        report.ErrorCodes.ShouldBeEmpty();

        // Only the database is watched: no request reads a dossier until the workers (positions, then the
        // projection, each woken by the one before) have opened it.
        var opened = false;
        for (var deadline = DateTime.UtcNow.AddSeconds(20); !opened && DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            await using var connection = new NpgsqlConnection(api.ConnectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM dossiers.dossiers d JOIN absence.events e ON e.case_id = d.id WHERE e.employee_key = @key", connection);
            count.Parameters.AddWithValue("key", person.Employee.ExternalKey);
            opened = (long)(await count.ExecuteScalarAsync())! > 0;
        }

        opened.ShouldBeTrue();
        (await person.MyDossiersAsync()).ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("OPEN");
    }

    [Fact]
    public async Task A_withdrawn_report_leaves_no_dossier_for_the_employee()
    {
        var sick = await SickCase.CreateAsync(api);
        (await sick.AsHr(Withdraw, new { input = new { absenceId = sick.AbsenceId } })).Payload("withdrawAbsence").GetProperty("errors").GetArrayLength().ShouldBe(0);
        await api.CatchUpAsync();

        (await sick.Person.MyDossiersAsync()).ShouldBeEmpty();
        var hr = await sick.AsHr("query($id: ID!) { dossier(id: $id) { status } }", new { id = sick.DossierId });
        hr.Data.GetProperty("dossier").GetProperty("status").GetString().ShouldBe("WITHDRAWN");
    }

    [Fact]
    public async Task HR_finds_the_dossier_of_an_absence_and_an_employee()
    {
        var sick = await SickCase.CreateAsync(api);
        var byAbsence = await sick.AsHr("query($a: ID) { dossiers(absenceId: $a) { edges { cursor node { id employeeId } } pageInfo { hasNextPage endCursor } } }",
            new { a = sick.AbsenceId });
        var edge = byAbsence.Data.GetProperty("dossiers").GetProperty("edges").EnumerateArray().Single();
        byAbsence.Data.GetProperty("dossiers").GetProperty("pageInfo").GetProperty("endCursor").GetString().ShouldBe(edge.GetProperty("cursor").GetString());
        byAbsence.Data.GetProperty("dossiers").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
        var node = edge.GetProperty("node");
        node.GetProperty("id").GetString().ShouldBe(sick.DossierId);
        node.GetProperty("employeeId").GetString().ShouldBe(sick.Person.Employee.Id);

        var byEmployee = await sick.AsHr("query($e: ID) { dossiers(employeeId: $e, status: OPEN) { edges { node { id } } } }", new { e = sick.Person.Employee.Id });
        byEmployee.Data.GetProperty("dossiers").GetProperty("edges").GetArrayLength().ShouldBe(1);
        (await sick.AsHr("{ dossiers(employeeId: \"nonsense\") { edges { node { id } } } }")).ErrorCodes.ShouldBe(["INVALID_VALUE"]);
    }
}
