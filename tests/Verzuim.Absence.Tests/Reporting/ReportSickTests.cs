using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Reporting;

/// <summary>Ziek melden (DOMAIN §5), through the API as the Host serves it.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class ReportSickTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task An_employee_reports_sick_for_today_and_the_dashboard_says_sick_since_in_week_one()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var reported = await sanne.SendAsync(ReportSick, Sick(Today, handover: "Overleg met klant Jansen op donderdag", hours: 2.5m));
        var dashboard = (await sanne.SendAsync(DashboardQuery)).Data.GetProperty("dashboard");

        reported.UserErrors("reportSick").ShouldBeEmpty();
        var absence = reported.Absence("reportSick");
        absence.GetProperty("status").GetString().ShouldBe("OPEN");
        absence.GetProperty("percentage").GetInt32().ShouldBe(100);
        absence.GetProperty("hoursWorkedOnFirstDay").GetDecimal().ShouldBe(2.5m);
        absence.GetProperty("report").GetProperty("contactPhone").GetString().ShouldBe("+31612345678");
        absence.GetProperty("history")[0].GetProperty("reportedBy").GetString().ShouldBe("EMPLOYEE");
        dashboard.GetProperty("isSick").GetBoolean().ShouldBeTrue();
        dashboard.GetProperty("sickSince").GetString().ShouldBe(Iso(Today));
        dashboard.GetProperty("week").GetInt32().ShouldBe(1);
        dashboard.GetProperty("totalWeeks").GetInt32().ShouldBe(104);
        dashboard.GetProperty("mayReportSick").GetBoolean().ShouldBeFalse();
        dashboard.GetProperty("mayReportRecovered").GetBoolean().ShouldBeTrue();
        dashboard.GetProperty("nextSteps").EnumerateArray().Select(step => step.GetProperty("kind").GetString()).ShouldBe(["PROBLEM_ANALYSIS", "PLAN_OF_ACTION", "EVALUATION"]);
    }

    [Fact]
    public async Task Everything_an_employer_may_register_comes_back_as_it_was_reported()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var reported = await sanne.SendAsync(ReportSick, new
        {
            input = new
            {
                firstDay = Iso(Today),
                contactPhone = "06 98765432",
                stayAddress = new { street = "Ziekenhuislaan 1", postalCode = "1234 AB", city = "Utrecht", institution = "St. Antonius" },
                expectedDuration = "A_FEW_WEEKS",
                handover = "Klant Jansen bellen",
                safetyNet = "RATHER_TELL_THE_COMPANY_DOCTOR",
                workplaceAccident = true,
                trafficAccidentWithLiableThirdParty = true,
            },
        });

        reported.UserErrors("reportSick").ShouldBeEmpty();
        var report = reported.Absence("reportSick").GetProperty("report");
        report.GetProperty("contactPhone").GetString().ShouldBe("+31698765432");
        report.GetProperty("expectedDuration").GetString().ShouldBe("A_FEW_WEEKS");
        report.GetProperty("handover").GetString().ShouldBe("Klant Jansen bellen");
        report.GetProperty("safetyNet").GetString().ShouldBe("RATHER_TELL_THE_COMPANY_DOCTOR");
        report.GetProperty("workplaceAccident").GetBoolean().ShouldBeTrue();
        report.GetProperty("trafficAccidentWithLiableThirdParty").GetBoolean().ShouldBeTrue();
        var stay = report.GetProperty("stayAddress");
        (stay.GetProperty("street").GetString(), stay.GetProperty("postalCode").GetString(), stay.GetProperty("city").GetString(), stay.GetProperty("institution").GetString())
            .ShouldBe(("Ziekenhuislaan 1", "1234 AB", "Utrecht", "St. Antonius"));
    }

    [Fact]
    public async Task HR_hears_of_a_new_report_by_a_mail_that_says_nothing_about_it()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        await sanne.SendAsync(ReportSick, Sick(Today, handover: "Geheime overdracht"));
        var mail = await api.Smtp.WaitForMailAsync(sanne.Employer.HrEmail, "Nieuwe verzuimmelding");

        var text = mail.TextBody ?? "";
        text.ShouldContain("nieuwe verzuimmelding");
        text.ShouldNotContain(sanne.Employee.FirstName);
        text.ShouldNotContain("Geheime");
        text.ShouldNotContain(Today.ToString("dd-MM-yyyy"));
    }

    [Fact]
    public async Task The_employee_gets_a_confirmation_with_the_fact_and_the_date_and_nothing_more()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1), handover: "Geheime overdracht"));
        var mail = await api.Smtp.WaitForMailAsync(sanne.Employee.Email, "Je ziekmelding is ontvangen");

        var text = mail.TextBody ?? "";
        text.ShouldContain($"Je eerste ziektedag: {Today.AddDays(-1):dd-MM-yyyy}.");
        text.ShouldContain("Heb je dit niet zelf gedaan?");
        text.ShouldNotContain("Geheime");
    }

    [Fact]
    public async Task A_refused_report_sends_no_notice()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        await sanne.SendAsync(ReportSick, Sick(Today));
        await api.Smtp.WaitForMailAsync(sanne.Employer.HrEmail, "Nieuwe verzuimmelding");
        await api.Smtp.WaitForMailAsync(sanne.Employee.Email, "Je ziekmelding is ontvangen");

        var refused = await sanne.SendAsync(ReportSick, Sick(Today));
        var control = await SignedInEmployee.CreateAsync(api);
        await control.SendAsync(ReportSick, Sick(Today));
        await api.Smtp.WaitForMailAsync(control.Employer.HrEmail, "Nieuwe verzuimmelding");

        refused.UserErrorCodes("reportSick").ShouldBe(["ALREADY_SICK"]);
        api.Smtp.MailsTo(sanne.Employer.HrEmail, "Nieuwe verzuimmelding").Count.ShouldBe(1);
        api.Smtp.MailsTo(sanne.Employee.Email, "Je ziekmelding is ontvangen").Count.ShouldBe(1);
    }

    [Fact]
    public async Task HR_reports_an_employee_sick_for_part_of_the_job_and_no_notice_goes_to_HR_itself()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var reported = await sanne.AsHr(ReportSick, Sick(Today.AddDays(-10), employeeId: sanne.Employee.Id, percentage: 50));

        reported.UserErrors("reportSick").ShouldBeEmpty();
        reported.Absence("reportSick").GetProperty("percentage").GetInt32().ShouldBe(50);
        reported.Absence("reportSick").GetProperty("history")[0].GetProperty("reportedBy").GetString().ShouldBe("EMPLOYER_USER");
        api.Smtp.MailsTo(sanne.Employer.HrEmail, "Nieuwe verzuimmelding").ShouldBeEmpty();
        api.Smtp.MailsTo(sanne.Employee.Email, "Je ziekmelding is ontvangen").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_employee_always_reports_for_the_full_hundred_percent()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var reported = await sanne.SendAsync(ReportSick, Sick(Today, percentage: 50));

        reported.UserErrors("reportSick").ShouldBe(["FORBIDDEN@input.percentage"]);
        (await sanne.SendAsync(MyAbsences)).Data.GetProperty("myAbsences").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_second_report_while_sick_is_refused_with_the_open_absence()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var first = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1)))).AbsenceId("reportSick");

        var second = await sanne.SendAsync(ReportSick, Sick(Today));

        second.UserErrorCodes("reportSick").ShouldBe(["ALREADY_SICK"]);
        second.AbsenceId("reportSick").ShouldBe(first);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(1)]
    [InlineData(4000)]
    public async Task An_employee_reports_within_the_window_of_two_days_back_and_none_forward(int offset)
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var reported = await sanne.SendAsync(ReportSick, Sick(Today.AddDays(offset)));

        reported.UserErrors("reportSick").ShouldBe(["OUTSIDE_REPORTING_WINDOW@input.firstDay"]);
    }

    [Fact]
    public async Task Where_the_employer_wants_reports_by_phone_an_employee_cannot_report_but_HR_can()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var settings = await sanne.AsHr(UpdateSettings, new
        {
            input = new
            {
                employeesMayReportSick = false, employeesMayReportRecovered = true, employeesMayReportPartialRecovery = false,
                employeeWindow = new { daysBack = 2, daysForward = 0 }, employerWindow = new { daysBack = 30, daysForward = 14 },
                contacts = new[] { new { role = "CASE_MANAGER", name = "Kees Casemanager", phone = "010 1234567", email = "kees@arbodienst.test" } },
            },
        });

        var byEmployee = await sanne.SendAsync(ReportSick, Sick(Today));
        var dashboard = (await sanne.SendAsync(DashboardQuery)).Data.GetProperty("dashboard");
        var byHr = await sanne.AsHr(ReportSick, Sick(Today, employeeId: sanne.Employee.Id));

        settings.UserErrors("updateAbsenceSettings").ShouldBeEmpty();
        byEmployee.UserErrorCodes("reportSick").ShouldBe(["NOT_ALLOWED_BY_EMPLOYER"]);
        dashboard.GetProperty("mayReportSick").GetBoolean().ShouldBeFalse();
        dashboard.GetProperty("contacts")[0].GetProperty("phone").GetString().ShouldBe("010 1234567");
        byHr.UserErrors("reportSick").ShouldBeEmpty();
        var stored = (await sanne.AsHr("""
            { absenceSettings { employeesMayReportSick employeesMayReportRecovered employeesMayReportPartialRecovery
              employeeWindow { daysBack daysForward } employerWindow { daysBack daysForward } contacts { role name phone email } } }
            """)).Data.GetProperty("absenceSettings");
        stored.GetProperty("employeesMayReportSick").GetBoolean().ShouldBeFalse();
        stored.GetProperty("employeesMayReportRecovered").GetBoolean().ShouldBeTrue();
        stored.GetProperty("employerWindow").GetProperty("daysBack").GetInt32().ShouldBe(30);
        stored.GetProperty("employerWindow").GetProperty("daysForward").GetInt32().ShouldBe(14);
        stored.GetProperty("contacts")[0].GetProperty("email").GetString().ShouldBe("kees@arbodienst.test");
    }

    [Fact]
    public async Task Employer_users_name_the_employee_and_an_unknown_one_is_not_found()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var nobody = await sanne.AsHr(ReportSick, Sick(Today));
        var madeUp = await sanne.AsHr(ReportSick, Sick(Today, employeeId: "RW1wbG95ZWU6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA"));

        nobody.UserErrors("reportSick").ShouldBe(["REQUIRED@input.employeeId"]);
        madeUp.UserErrors("reportSick").ShouldBe(["NOT_FOUND@input.employeeId"]);
    }
}
