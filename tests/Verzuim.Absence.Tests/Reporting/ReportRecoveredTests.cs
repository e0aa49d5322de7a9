using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Reporting;

/// <summary>Hersteld melden (DOMAIN §6) and linked absences (samengesteld verzuim).</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class ReportRecoveredTests(VerzuimApiFactory api)
{
    private const string AllowPartial = """
        mutation { updateAbsenceSettings(input: { employeesMayReportSick: true, employeesMayReportRecovered: true, employeesMayReportPartialRecovery: true,
          employeeWindow: { daysBack: 2, daysForward: 0 }, employerWindow: { daysBack: 60, daysForward: 14 }, contacts: [] }) { errors { code } } }
        """;

    [Fact]
    public async Task Full_recovery_closes_the_absence_and_the_dashboard_offers_reporting_sick_again()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");

        var recovered = await sanne.SendAsync(ReportRecovered, Recovered(id, Today));
        var dashboard = (await sanne.SendAsync(DashboardQuery)).Data.GetProperty("dashboard");

        recovered.UserErrors("reportRecovered").ShouldBeEmpty();
        var absence = recovered.Absence("reportRecovered");
        absence.GetProperty("status").GetString().ShouldBe("CLOSED");
        absence.GetProperty("recoveredOn").GetString().ShouldBe(Iso(Today));
        absence.GetProperty("recoveryReason").GetString().ShouldBe("RECOVERED");
        absence.GetProperty("history").EnumerateArray().Select(line => line.GetProperty("kind").GetString()).ShouldBe(["REPORTED", "RECOVERED"]);
        dashboard.GetProperty("isSick").GetBoolean().ShouldBeFalse();
        dashboard.GetProperty("mayReportSick").GetBoolean().ShouldBeTrue();
        await api.Smtp.WaitForMailAsync(sanne.Employer.HrEmail, "Nieuwe verzuimmelding");
        var confirmation = await api.Smtp.WaitForMailAsync(sanne.Employee.Email, "Je herstelmelding is ontvangen");
        (confirmation.TextBody ?? "").ShouldContain($"Je eerste werkdag na herstel: {Today:dd-MM-yyyy}.");
    }

    [Fact]
    public async Task Recovery_on_or_before_the_first_day_is_refused()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today))).AbsenceId("reportSick");

        var sameDay = await sanne.SendAsync(ReportRecovered, Recovered(id, Today));
        var before = await sanne.SendAsync(ReportRecovered, Recovered(id, Today.AddDays(-1)));

        sameDay.UserErrors("reportRecovered").ShouldBe(["RECOVERY_NOT_AFTER_FIRST_DAY@input.recoveredOn"]);
        before.UserErrors("reportRecovered").ShouldBe(["RECOVERY_NOT_AFTER_FIRST_DAY@input.recoveredOn"]);
    }

    [Fact]
    public async Task Someone_ill_since_today_reports_back_tomorrow_and_the_dashboard_states_the_recovery_window()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today))).AbsenceId("reportSick");
        var dashboard = (await sanne.SendAsync("{ dashboard { earliestRecoveryDate latestRecoveryDate earliestReportDate latestReportDate } }")).Data.GetProperty("dashboard");

        var weekAhead = await sanne.SendAsync(ReportRecovered, Recovered(id, Today.AddDays(8)));
        var tomorrow = await sanne.SendAsync(ReportRecovered, Recovered(id, Today.AddDays(1)));

        dashboard.GetProperty("earliestRecoveryDate").GetString().ShouldBe(Iso(Today.AddDays(1)));
        dashboard.GetProperty("latestRecoveryDate").GetString().ShouldBe(Iso(Today.AddDays(7)));
        dashboard.GetProperty("latestReportDate").GetString().ShouldBe(Iso(Today));
        weekAhead.UserErrors("reportRecovered").ShouldBe(["OUTSIDE_REPORTING_WINDOW@input.recoveredOn"]);
        tomorrow.UserErrors("reportRecovered").ShouldBeEmpty();
        tomorrow.Absence("reportRecovered").GetProperty("recoveredOn").GetString().ShouldBe(Iso(Today.AddDays(1)));
    }

    [Fact]
    public async Task The_employer_sets_how_far_ahead_recovery_may_be_reported()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var changed = await sanne.AsHr("""
            mutation { updateAbsenceSettings(input: { employeesMayReportSick: true, employeesMayReportRecovered: true, employeesMayReportPartialRecovery: false,
              employeeWindow: { daysBack: 2, daysForward: 0 }, employerWindow: { daysBack: 30, daysForward: 14 }, contacts: [], recoveryDaysForward: 1 })
              { settings { recoveryDaysForward } errors { code field } } }
            """);
        var outOfRange = await sanne.AsHr("""
            mutation { updateAbsenceSettings(input: { employeesMayReportSick: true, employeesMayReportRecovered: true, employeesMayReportPartialRecovery: false,
              employeeWindow: { daysBack: 2, daysForward: 0 }, employerWindow: { daysBack: 30, daysForward: 14 }, contacts: [], recoveryDaysForward: 366 })
              { errors { code field } } }
            """);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today))).AbsenceId("reportSick");

        var twoDays = await sanne.SendAsync(ReportRecovered, Recovered(id, Today.AddDays(2)));

        changed.Payload("updateAbsenceSettings").GetProperty("settings").GetProperty("recoveryDaysForward").GetInt32().ShouldBe(1);
        outOfRange.UserErrors("updateAbsenceSettings").ShouldBe(["INVALID_VALUE@input.recoveryDaysForward"]);
        twoDays.UserErrors("reportRecovered").ShouldBe(["OUTSIDE_REPORTING_WINDOW@input.recoveredOn"]);
    }

    [Fact]
    public async Task Partial_recovery_by_an_employee_needs_the_employers_permission_and_keeps_the_absence_open()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");
        var half = new { workingPercentage = 40 };

        var refused = await sanne.SendAsync(ReportRecovered, Recovered(id, Today, partial: half));
        await sanne.AsHr(AllowPartial);
        var allowed = await sanne.SendAsync(ReportRecovered, Recovered(id, Today, partial: half));

        refused.UserErrors("reportRecovered").ShouldBe(["PARTIAL_RECOVERY_NOT_ALLOWED@input.partial"]);
        allowed.UserErrors("reportRecovered").ShouldBeEmpty();
        var absence = allowed.Absence("reportRecovered");
        absence.GetProperty("status").GetString().ShouldBe("OPEN");
        absence.GetProperty("percentage").GetInt32().ShouldBe(60);
        absence.GetProperty("history")[1].GetProperty("kind").GetString().ShouldBe("PERCENTAGE_CHANGED");
        absence.GetProperty("history")[1].GetProperty("effectiveOn").GetString().ShouldBe(Iso(Today));
    }

    [Fact]
    public async Task Only_employer_users_give_another_reason_than_recovery()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");

        var byEmployee = await sanne.SendAsync(ReportRecovered, Recovered(id, Today, reason: "END_OF_EMPLOYMENT"));
        var byHr = await sanne.AsHr(ReportRecovered, Recovered(id, Today, reason: "END_OF_EMPLOYMENT"));

        byEmployee.UserErrors("reportRecovered").ShouldBe(["FORBIDDEN@input.reason"]);
        byHr.Absence("reportRecovered").GetProperty("recoveryReason").GetString().ShouldBe("END_OF_EMPLOYMENT");
    }

    [Fact]
    public async Task An_absence_that_is_already_closed_answers_conflict_with_its_current_state()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-2)))).AbsenceId("reportSick");
        await sanne.SendAsync(ReportRecovered, Recovered(id, Today.AddDays(-1)));

        var again = await sanne.SendAsync(ReportRecovered, Recovered(id, Today));

        again.UserErrorCodes("reportRecovered").ShouldBe(["CONFLICT"]);
        again.Absence("reportRecovered").GetProperty("recoveredOn").GetString().ShouldBe(Iso(Today.AddDays(-1)));
    }

    [Fact]
    public async Task A_new_absence_within_four_weeks_of_recovery_continues_the_count_from_the_original_first_day()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var first = (await sanne.AsHr(ReportSick, Sick(Today.AddDays(-30), employeeId: sanne.Employee.Id))).AbsenceId("reportSick");
        await sanne.AsHr(ReportRecovered, Recovered(first, Today.AddDays(-10)));

        var again = await sanne.SendAsync(ReportSick, Sick(Today));
        await api.CatchUpAsync();
        var events = (await sanne.AsHr(Events)).Data.GetProperty("absenceEvents").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("kind").GetString()).ToList();

        var absence = again.Absence("reportSick");
        absence.GetProperty("linkedTo").GetString().ShouldBe(first);
        absence.GetProperty("caseFirstDay").GetString().ShouldBe(Iso(Today.AddDays(-30)));
        // 20 sick days in the first absence, then today: the 21st sick day, in week 3.
        absence.GetProperty("week").GetInt32().ShouldBe(3);
        events.ShouldBe(["REPORTED", "RECOVERED", "REPORTED", "LINKED"]);
    }

    [Fact]
    public async Task Four_weeks_or_more_after_recovery_a_new_absence_starts_its_own_count()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var first = (await sanne.AsHr(ReportSick, Sick(Today.AddDays(-29), employeeId: sanne.Employee.Id))).AbsenceId("reportSick");
        await sanne.AsHr(ReportRecovered, Recovered(first, Today.AddDays(-28)));

        var again = (await sanne.SendAsync(ReportSick, Sick(Today))).Absence("reportSick");

        again.GetProperty("linkedTo").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        again.GetProperty("caseFirstDay").GetString().ShouldBe(Iso(Today));
        again.GetProperty("week").GetInt32().ShouldBe(1);
    }
}
