using Verzuim.Absence.Domain;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Tests.Rules;

/// <summary>The named rules of DOMAIN §5–§6, each on its own.</summary>
public sealed class ReportingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Reporter Hr = new(ReporterRole.EmployerUser, Guid.NewGuid());

    private static EmployeeAbsence Closed(DateOnly firstDay, DateOnly recoveredOn)
    {
        var absence = EmployeeAbsence.Report(new NewAbsence(Guid.NewGuid(), Guid.NewGuid(), "P001", firstDay, 0, 100,
            new SickReport(null, null, null, null, SafetyNet.No, false, false)), null, Hr, Now);
        absence.Recover(recoveredOn, RecoveryReason.Recovered, Hr, Now);
        return absence;
    }

    [Theory]
    [InlineData(-2, true)]
    [InlineData(-3, false)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void An_employee_reports_from_two_days_back_until_today(int offset, bool admitted) =>
        (AbsenceCannotStartOutsideReportingWindow.Check(Today.AddDays(offset), AbsenceSettings.Default(Guid.NewGuid()).EmployeeWindow, Today, "firstDay") is null)
            .ShouldBe(admitted);

    [Fact]
    public void Employer_users_have_their_own_wider_window()
    {
        var settings = AbsenceSettings.Default(Guid.NewGuid());

        AbsenceCannotStartOutsideReportingWindow.Check(Today.AddDays(-30), settings.EmployerWindow, Today).ShouldBeNull();
        AbsenceCannotStartOutsideReportingWindow.Check(Today.AddDays(14), settings.EmployerWindow, Today).ShouldBeNull();
        AbsenceCannotStartOutsideReportingWindow.Check(Today.AddDays(15), settings.EmployerWindow, Today)!.Code.ShouldBe("OUTSIDE_REPORTING_WINDOW");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(27, true)]
    [InlineData(28, false)]
    [InlineData(60, false)]
    public void A_new_absence_less_than_four_weeks_after_recovery_continues_the_previous_one(int daysAfterRecovery, bool linked)
    {
        var previous = Closed(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1));

        var result = AbsenceWithinFourWeeksOfRecoveryIsLinked.LinkedTo(previous, new DateOnly(2026, 10, 1).AddDays(daysAfterRecovery));

        (result == previous).ShouldBe(linked);
    }

    [Fact]
    public void A_withdrawn_report_links_nothing()
    {
        var previous = Closed(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1));
        previous.Withdraw(Hr, Now);

        AbsenceWithinFourWeeksOfRecoveryIsLinked.LinkedTo(previous, new DateOnly(2026, 10, 5)).ShouldBeNull();
    }

    [Fact]
    public void The_first_working_day_back_lies_after_the_first_day_of_absence()
    {
        var absence = Closed(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1));

        RecoveryMustFollowFirstDay.Check(absence, new DateOnly(2026, 9, 1))!.Code.ShouldBe("RECOVERY_NOT_AFTER_FIRST_DAY");
        RecoveryMustFollowFirstDay.Check(absence, new DateOnly(2026, 8, 31))!.Code.ShouldBe("RECOVERY_NOT_AFTER_FIRST_DAY");
    }

    [Fact]
    public void No_change_takes_effect_before_one_already_recorded()
    {
        var absence = EmployeeAbsence.Report(new NewAbsence(Guid.NewGuid(), Guid.NewGuid(), "P001", new DateOnly(2026, 9, 1), 0, 100,
            new SickReport(null, null, null, null, SafetyNet.No, false, false)), null, Hr, Now);
        absence.ChangePercentage(50, new DateOnly(2026, 9, 15), Hr, Now);

        RecoveryMustFollowFirstDay.Check(absence, new DateOnly(2026, 9, 10))!.Code.ShouldBe("BEFORE_LATEST_CHANGE");
        RecoveryMustFollowFirstDay.Check(absence, new DateOnly(2026, 9, 15)).ShouldBeNull();
        absence.History.Select(line => line.Number).ShouldBe([1, 2]);
        absence.Version.ShouldBe(2);
    }

    [Fact]
    public void Employees_report_partial_recovery_only_where_the_employer_allows_it()
    {
        var settings = AbsenceSettings.Default(Guid.NewGuid());

        PartialRecoveryOnlyWhereAllowed.Check(byEmployee: true, settings)!.Code.ShouldBe("PARTIAL_RECOVERY_NOT_ALLOWED");
        PartialRecoveryOnlyWhereAllowed.Check(byEmployee: false, settings).ShouldBeNull();
    }

    [Theory]
    [InlineData(1, 99)]
    [InlineData(50, 50)]
    [InlineData(99, 1)]
    public void A_working_percentage_leaves_the_rest_as_absence(int working, int remaining)
    {
        var errors = new List<UserError>();

        PartialRecovery.AbsencePercentage(new PartialRecoveryInput { WorkingPercentage = working }, errors).ShouldBe(remaining);
        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(-5)]
    public void A_working_percentage_outside_one_to_ninety_nine_is_refused(int working)
    {
        var errors = new List<UserError>();

        PartialRecovery.AbsencePercentage(new PartialRecoveryInput { WorkingPercentage = working }, errors).ShouldBeNull();
        errors.Single().Field.ShouldBe(["input", "partial", "workingPercentage"]);
    }

    [Fact]
    public void Hours_worked_again_count_against_the_contract_hours()
    {
        var errors = new List<UserError>();

        PartialRecovery.AbsencePercentage(new PartialRecoveryInput { WorkingHoursPerWeek = 12, ContractHoursPerWeek = 36 }, errors).ShouldBe(67);
        PartialRecovery.AbsencePercentage(new PartialRecoveryInput { WorkingHoursPerWeek = 36, ContractHoursPerWeek = 36 }, errors).ShouldBeNull();
        PartialRecovery.AbsencePercentage(new PartialRecoveryInput { WorkingHoursPerWeek = 10, WorkingPercentage = 20 }, errors).ShouldBeNull();
        errors.Select(e => e.Code).ShouldBe(["INVALID_VALUE", "INVALID_VALUE"]);
    }

    [Theory]
    [InlineData("06 12345678", "+31612345678")]
    [InlineData("010-1234567", "+31101234567")]
    [InlineData("+31 (0)6 1234 5678", "+31612345678")]
    [InlineData("0032 470 12 34 56", "+32470123456")]
    public void Contact_numbers_are_kept_in_international_form(string input, string expected) =>
        PhoneNumbers.ToE164(input).ShouldBe(expected);

    [Theory]
    [InlineData("12345")]
    [InlineData("06 1234")]
    [InlineData("bel me maar")]
    [InlineData("+31 6 1234 56789")]
    public void Things_that_are_not_phone_numbers_are_refused(string input) =>
        PhoneNumbers.ToE164(input).ShouldBeNull();
}
