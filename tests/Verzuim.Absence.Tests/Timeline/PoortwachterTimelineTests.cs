using Verzuim.Absence.Timeline;

namespace Verzuim.Absence.Tests.Timeline;

/// <summary>DOMAIN §8: the Poortwachter steps as a pure function of the first day and the linked periods.</summary>
public sealed class PoortwachterTimelineTests
{
    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static Milestone Step(IReadOnlyList<Milestone> timeline, MilestoneKind kind) => timeline.First(m => m.Kind == kind);

    [Fact]
    public void One_open_period_places_each_step_at_the_end_of_its_week()
    {
        var timeline = PoortwachterTimeline.For([new SickPeriod(Day(2026, 1, 5), null)]);

        Step(timeline, MilestoneKind.SickReportToArboService).DueOn.ShouldBe(Day(2026, 1, 11));
        Step(timeline, MilestoneKind.ProblemAnalysis).DueOn.ShouldBe(Day(2026, 2, 15));
        Step(timeline, MilestoneKind.PlanOfAction).DueOn.ShouldBe(Day(2026, 3, 1));
        Step(timeline, MilestoneKind.Week42Report).StartsOn.ShouldBe(Day(2026, 10, 19));
        Step(timeline, MilestoneKind.Week42Report).DueOn.ShouldBe(Day(2026, 10, 25));
        Step(timeline, MilestoneKind.FirstYearEvaluation).StartsOn.ShouldBe(Day(2026, 11, 16));
        Step(timeline, MilestoneKind.SecondYearOfSickPay).StartsOn.ShouldBe(Day(2027, 1, 4));
        Step(timeline, MilestoneKind.WiaApplication).DueOn.ShouldBe(Day(2027, 10, 17));
        Step(timeline, MilestoneKind.EndOfSickPay).DueOn.ShouldBe(Day(2028, 1, 2));
    }

    [Fact]
    public void The_second_year_starts_exactly_one_year_of_days_later_across_a_leap_day()
    {
        var timeline = PoortwachterTimeline.For([new SickPeriod(Day(2023, 3, 1), null)]);

        // 364 days after 1 March 2023 is 28 February 2024: the leap day falls after it.
        Step(timeline, MilestoneKind.SecondYearOfSickPay).StartsOn.ShouldBe(Day(2024, 2, 28));
        Step(timeline, MilestoneKind.EndOfSickPay).DueOn.ShouldBe(Day(2025, 2, 25));
    }

    [Fact]
    public void A_first_day_on_a_leap_day_counts_on_in_whole_days()
    {
        var timeline = PoortwachterTimeline.For([new SickPeriod(Day(2024, 2, 29), null)]);

        Step(timeline, MilestoneKind.SickReportToArboService).DueOn.ShouldBe(Day(2024, 3, 6));
        Step(timeline, MilestoneKind.SecondYearOfSickPay).StartsOn.ShouldBe(Day(2025, 2, 27));
        Step(timeline, MilestoneKind.EndOfSickPay).DueOn.ShouldBe(Day(2026, 2, 25));
    }

    [Fact]
    public void Weeks_run_across_the_end_of_a_year()
    {
        var periods = new[] { new SickPeriod(Day(2026, 12, 28), null) };

        PoortwachterTimeline.WeekOn(periods, Day(2026, 12, 28)).ShouldBe(1);
        PoortwachterTimeline.WeekOn(periods, Day(2027, 1, 3)).ShouldBe(1);
        PoortwachterTimeline.WeekOn(periods, Day(2027, 1, 4)).ShouldBe(2);
        PoortwachterTimeline.For(periods).First(m => m.Kind == MilestoneKind.SickReportToArboService).DueOn.ShouldBe(Day(2027, 1, 3));
    }

    [Fact]
    public void Days_worked_between_linked_absences_do_not_count_and_push_later_steps_back()
    {
        // Ill 1–14 January (14 days), back at work for 10 days, ill again from 25 January.
        var linked = new[] { new SickPeriod(Day(2026, 1, 1), Day(2026, 1, 15)), new SickPeriod(Day(2026, 1, 25), null) };
        var single = new[] { new SickPeriod(Day(2026, 1, 1), null) };

        PoortwachterTimeline.WeekOn(linked, Day(2026, 1, 25)).ShouldBe(3);
        PoortwachterTimeline.WeekOn(linked, Day(2026, 1, 20)).ShouldBe(2);
        Step(PoortwachterTimeline.For(linked), MilestoneKind.Week42Report).DueOn
            .ShouldBe(Step(PoortwachterTimeline.For(single), MilestoneKind.Week42Report).DueOn.AddDays(10));
        Step(PoortwachterTimeline.For(linked), MilestoneKind.SickReportToArboService).DueOn.ShouldBe(Day(2026, 1, 7));
    }

    [Fact]
    public void A_step_inside_an_earlier_period_stays_where_it_was()
    {
        var linked = new[] { new SickPeriod(Day(2026, 1, 1), Day(2026, 3, 1)), new SickPeriod(Day(2026, 3, 20), null) };

        Step(PoortwachterTimeline.For(linked), MilestoneKind.ProblemAnalysis).DueOn.ShouldBe(Day(2026, 2, 11));
        Step(PoortwachterTimeline.For(linked), MilestoneKind.PlanOfAction).DueOn.ShouldBe(Day(2026, 2, 25));
    }

    [Fact]
    public void Before_the_first_day_the_week_is_zero_and_after_recovery_it_stops()
    {
        var periods = new[] { new SickPeriod(Day(2026, 5, 1), Day(2026, 5, 20)) };

        PoortwachterTimeline.WeekOn(periods, Day(2026, 4, 30)).ShouldBe(0);
        PoortwachterTimeline.WeekOn(periods, Day(2026, 9, 1)).ShouldBe(3);
    }

    [Fact]
    public void Only_the_last_period_may_be_open_and_periods_may_not_overlap()
    {
        Should.Throw<ArgumentException>(() => PoortwachterTimeline.For([new SickPeriod(Day(2026, 1, 1), null), new SickPeriod(Day(2026, 2, 1), null)]));
        Should.Throw<ArgumentException>(() => PoortwachterTimeline.For([new SickPeriod(Day(2026, 1, 1), Day(2026, 2, 1)), new SickPeriod(Day(2026, 1, 20), null)]));
        Should.Throw<ArgumentException>(() => PoortwachterTimeline.For([]));
    }

    [Fact]
    public void Steps_come_in_the_order_they_are_due_and_those_with_the_employee_are_marked()
    {
        var timeline = PoortwachterTimeline.For([new SickPeriod(Day(2026, 1, 5), null)]);

        timeline.Select(m => m.DueOn).ShouldBeInOrder();
        timeline.Count(m => m.Kind == MilestoneKind.Evaluation).ShouldBe(10);
        Step(timeline, MilestoneKind.WiaApplication).Rule.InvolvesEmployee.ShouldBeTrue();
        Step(timeline, MilestoneKind.Week42Report).Rule.InvolvesEmployee.ShouldBeFalse();
    }
}
