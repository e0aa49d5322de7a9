using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Reporting;

/// <summary>DOMAIN §6 and the issue's §3: concurrent reports end in one linear history; idempotency keys make retries safe.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class ConcurrencyAndIdempotencyTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task Of_fifty_parallel_recovery_reports_one_wins_and_the_others_get_conflict_with_the_current_state()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            i % 2 == 0 ? sanne.SendAsync(ReportRecovered, Recovered(id, Today)) : sanne.AsHr(ReportRecovered, Recovered(id, Today.AddDays(-1)))));

        answers.Count(a => a.UserErrors("reportRecovered").Count == 0).ShouldBe(1);
        answers.Where(a => a.UserErrors("reportRecovered").Count > 0).ShouldAllBe(a => a.UserErrorCodes("reportRecovered").SequenceEqual(new[] { "CONFLICT" }));
        answers.ShouldAllBe(a => a.Absence("reportRecovered").GetProperty("status").GetString() == "CLOSED");
        var history = (await sanne.SendAsync(MyAbsences)).Data.GetProperty("myAbsences")[0].GetProperty("history");
        history.EnumerateArray().Select(line => line.GetProperty("number").GetInt32()).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task The_employee_and_HR_reporting_sick_at_once_open_one_absence()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? sanne.SendAsync(ReportSick, Sick(Today)) : sanne.AsHr(ReportSick, Sick(Today, employeeId: sanne.Employee.Id))));

        answers.Count(a => a.UserErrors("reportSick").Count == 0).ShouldBe(1);
        answers.Where(a => a.UserErrors("reportSick").Count > 0).ShouldAllBe(a => a.UserErrorCodes("reportSick").SequenceEqual(new[] { "ALREADY_SICK" }));
        answers.Select(a => a.AbsenceId("reportSick")).Distinct().Count().ShouldBe(1);
        (await sanne.SendAsync(MyAbsences)).Data.GetProperty("myAbsences").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_expected_version_that_is_no_longer_current_gives_conflict_and_changes_nothing()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.AsHr(ReportSick, Sick(Today.AddDays(-5), employeeId: sanne.Employee.Id))).AbsenceId("reportSick");
        await sanne.AsHr(ChangePercentage, new { input = new { absenceId = id, percentage = 50, from = Iso(Today.AddDays(-2)), expectedVersion = 1 } });

        var stale = await sanne.AsHr(ChangePercentage, new { input = new { absenceId = id, percentage = 20, from = Iso(Today), expectedVersion = 1 } });

        stale.UserErrorCodes("changeAbsencePercentage").ShouldBe(["CONFLICT"]);
        stale.Absence("changeAbsencePercentage").GetProperty("percentage").GetInt32().ShouldBe(50);
        stale.Absence("changeAbsencePercentage").GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_original_absence_and_reports_once()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var key = Guid.NewGuid().ToString();

        var first = await sanne.SendAsync(ReportSick, Sick(Today, idempotencyKey: key));
        var retry = await sanne.SendAsync(ReportSick, Sick(Today, idempotencyKey: key));

        retry.UserErrors("reportSick").ShouldBeEmpty();
        retry.AbsenceId("reportSick").ShouldBe(first.AbsenceId("reportSick"));
        (await sanne.SendAsync(MyAbsences)).Data.GetProperty("myAbsences").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_double_submissions_with_one_key_report_once_and_all_get_the_same_absence()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sanne.SendAsync(ReportSick, Sick(Today, idempotencyKey: key))));

        answers.ShouldAllBe(a => a.UserErrors("reportSick").Count == 0);
        answers.Select(a => a.AbsenceId("reportSick")).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_refused()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var key = Guid.NewGuid().ToString();
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1), idempotencyKey: key))).AbsenceId("reportSick");

        var different = await sanne.SendAsync(ReportSick, Sick(Today, idempotencyKey: key));
        var recoveredTwice = await Task.WhenAll(
            sanne.SendAsync(ReportRecovered, Recovered(id, Today, idempotencyKey: "herstel-1")),
            sanne.SendAsync(ReportRecovered, Recovered(id, Today, idempotencyKey: "herstel-1")));

        different.UserErrors("reportSick").ShouldBe(["IDEMPOTENCY_KEY_REUSED@input.idempotencyKey"]);
        recoveredTwice.ShouldAllBe(a => a.UserErrors("reportRecovered").Count == 0);
        recoveredTwice.ShouldAllBe(a => a.Absence("reportRecovered").GetProperty("version").GetInt32() == 2);
    }
}
