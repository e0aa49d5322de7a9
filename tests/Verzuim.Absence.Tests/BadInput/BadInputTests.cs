using System.Net;
using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.BadInput;

/// <summary>Awkward input gets a typed answer naming the field, never a 500, and nothing is written.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class BadInputTests(VerzuimApiFactory api)
{
    private static object SickOn(string firstDay) => new
    {
        input = new { firstDay, safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false },
    };

    [Theory]
    [InlineData("2026-02-29", "INVALID_DATE")]
    [InlineData("2026-04-31", "INVALID_DATE")]
    [InlineData("29-02-2025", "INVALID_VALUE")]
    [InlineData("", "INVALID_VALUE")]
    public async Task An_impossible_or_malformed_date_is_refused_with_its_code_naming_the_field(string firstDay, string code)
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var response = await sanne.SendAsync(ReportSick, SickOn(firstDay));

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.UserErrors("reportSick").ShouldBe([$"{code}@input.firstDay"]);
        (await sanne.SendAsync(MyAbsences)).Data.GetProperty("myAbsences").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24.25)]
    [InlineData(2.1)]
    public async Task Hours_worked_outside_zero_to_twenty_four_in_quarters_are_refused(double hours)
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var response = await sanne.SendAsync(ReportSick, Sick(Today, hours: (decimal)hours));

        response.UserErrors("reportSick").ShouldBe(["INVALID_VALUE@input.hoursWorkedOnFirstDay"]);
    }

    [Fact]
    public async Task A_fractional_percentage_is_refused_as_an_invalid_variable()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today.AddDays(-1)))).AbsenceId("reportSick");

        var response = await sanne.AsHr(ChangePercentage, new { input = new { absenceId = id, percentage = 50.5, from = Iso(Today) } });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
        response.ErrorMessages.ShouldContain("percentage");
    }

    [Fact]
    public async Task Dates_far_in_the_future_fall_outside_every_window()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var byEmployee = await sanne.SendAsync(ReportSick, SickOn("9999-12-31"));
        var byHr = await sanne.AsHr(ReportSick, new { input = new { employeeId = sanne.Employee.Id, firstDay = "9999-12-31", safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false } });

        byEmployee.UserErrors("reportSick").ShouldBe(["OUTSIDE_REPORTING_WINDOW@input.firstDay"]);
        byHr.UserErrors("reportSick").ShouldBe(["OUTSIDE_REPORTING_WINDOW@input.firstDay"]);
    }

    [Fact]
    public async Task Free_text_longer_than_the_limit_is_refused_by_field_and_a_megabyte_before_anything_runs()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var tooLong = await sanne.SendAsync(ReportSick, Sick(Today, handover: new string('a', 2001)));

        tooLong.UserErrors("reportSick").ShouldBe(["TOO_LONG@input.handover"]);
        await BadInputChecks.ShouldBeRefusedAsTooLargeAsync(text => sanne.SendAsync(ReportSick, Sick(Today, handover: text)));
        (await sanne.SendAsync(MyAbsences)).Data.GetProperty("myAbsences").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Empty_and_overlong_keys_numbers_and_address_parts_are_named()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var input = new
        {
            firstDay = Iso(Today), idempotencyKey = "", contactPhone = "bel me", safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false,
            stayAddress = new { street = " ", postalCode = "1234 AB", city = new string('x', 201) },
        };

        var keyFirst = await sanne.SendAsync(ReportSick, new { input });
        var rest = await sanne.SendAsync(ReportSick, new { input = input with { idempotencyKey = new string('k', 100) } });

        keyFirst.UserErrors("reportSick").ShouldBe(["REQUIRED@input.idempotencyKey"]);
        rest.UserErrors("reportSick").ShouldBe(["INVALID_PHONE_NUMBER@input.contactPhone", "REQUIRED@input.stayAddress.street", "TOO_LONG@input.stayAddress.city"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("RW1wbG95ZWU6MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA")]
    public async Task A_malformed_or_foreign_absence_id_is_not_found(string absenceId)
    {
        var sanne = await SignedInEmployee.CreateAsync(api);

        var response = await sanne.SendAsync(ReportRecovered, Recovered(absenceId, Today));

        response.UserErrors("reportRecovered").ShouldBe(["NOT_FOUND@input.absenceId"]);
    }

    [Fact]
    public async Task Settings_out_of_range_are_named_and_nothing_changes()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr(UpdateSettings, new
        {
            input = new
            {
                employeesMayReportSick = true, employeesMayReportRecovered = true, employeesMayReportPartialRecovery = false,
                employeeWindow = new { daysBack = -1, daysForward = 0 }, employerWindow = new { daysBack = 30, daysForward = 366 },
                contacts = new[] { new { role = "MANAGER", name = "", phone = "abc", email = "geen-adres" } },
            },
        });
        var settings = await employer.AsHr("{ absenceSettings { employeeWindow { daysBack } } }");

        response.UserErrors("updateAbsenceSettings").ShouldBe([
            "INVALID_VALUE@input.employeeWindow.daysBack", "INVALID_VALUE@input.employerWindow.daysForward",
            "REQUIRED@input.contacts.0.name", "INVALID_PHONE_NUMBER@input.contacts.0.phone", "INVALID_VALUE@input.contacts.0.email"]);
        settings.Data.GetProperty("absenceSettings").GetProperty("employeeWindow").GetProperty("daysBack").GetInt32().ShouldBe(2);
    }
}
