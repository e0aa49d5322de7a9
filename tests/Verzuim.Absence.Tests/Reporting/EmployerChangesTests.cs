using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Reporting;

/// <summary>DOMAIN §6: employer users change percentages, correct dates and withdraw reports; payroll hears of each.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class EmployerChangesTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task A_correction_moves_the_dates_and_is_recorded_in_the_history_and_the_feed()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");
        await sanne.SendAsync(ReportRecovered, Recovered(id, Today));

        var corrected = await sanne.AsHr(Correct, new { input = new { absenceId = id, firstDay = Iso(Today.AddDays(-5)), recoveredOn = Iso(Today.AddDays(-1)) } });
        await api.CatchUpAsync();
        var events = (await sanne.AsHr(Events)).Data.GetProperty("absenceEvents").GetProperty("edges");

        corrected.UserErrors("correctAbsence").ShouldBeEmpty();
        var absence = corrected.Absence("correctAbsence");
        absence.GetProperty("firstDay").GetString().ShouldBe(Iso(Today.AddDays(-5)));
        absence.GetProperty("caseFirstDay").GetString().ShouldBe(Iso(Today.AddDays(-5)));
        absence.GetProperty("recoveredOn").GetString().ShouldBe(Iso(Today.AddDays(-1)));
        absence.GetProperty("history")[2].GetProperty("kind").GetString().ShouldBe("CORRECTED");
        events[2].GetProperty("node").GetProperty("kind").GetString().ShouldBe("CORRECTED");
        events[2].GetProperty("node").GetProperty("firstDay").GetString().ShouldBe(Iso(Today.AddDays(-5)));
    }

    [Fact]
    public async Task A_withdrawn_report_stops_counting_and_the_employee_can_report_again()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today))).AbsenceId("reportSick");

        var withdrawn = await sanne.AsHr(Withdraw, new { input = new { absenceId = id } });
        var twice = await sanne.AsHr(Withdraw, new { input = new { absenceId = id } });
        var dashboard = (await sanne.SendAsync(DashboardQuery)).Data.GetProperty("dashboard");
        var again = await sanne.SendAsync(ReportSick, Sick(Today));

        withdrawn.Absence("withdrawAbsence").GetProperty("status").GetString().ShouldBe("WITHDRAWN");
        twice.UserErrorCodes("withdrawAbsence").ShouldBe(["CONFLICT"]);
        dashboard.GetProperty("isSick").GetBoolean().ShouldBeFalse();
        again.UserErrors("reportSick").ShouldBeEmpty();
        again.Absence("reportSick").GetProperty("linkedTo").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Only_the_most_recent_absence_can_be_corrected_or_withdrawn()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var first = (await sanne.AsHr(ReportSick, Sick(Today.AddDays(-20), employeeId: sanne.Employee.Id))).AbsenceId("reportSick");
        await sanne.AsHr(ReportRecovered, Recovered(first, Today.AddDays(-15)));
        await sanne.SendAsync(ReportSick, Sick(Today));

        var withdrawn = await sanne.AsHr(Withdraw, new { input = new { absenceId = first } });
        var corrected = await sanne.AsHr(Correct, new { input = new { absenceId = first, firstDay = Iso(Today.AddDays(-19)) } });

        withdrawn.UserErrors("withdrawAbsence").ShouldBe(["NOT_LATEST_ABSENCE@input.absenceId"]);
        corrected.UserErrors("correctAbsence").ShouldBe(["NOT_LATEST_ABSENCE@input.absenceId"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_percentage_outside_one_to_a_hundred_is_refused(int percentage)
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1)))).AbsenceId("reportSick");

        var changed = await sanne.AsHr(ChangePercentage, new { input = new { absenceId = id, percentage, from = Iso(Today) } });

        changed.UserErrors("changeAbsencePercentage").ShouldBe(["INVALID_VALUE@input.percentage"]);
    }
}
