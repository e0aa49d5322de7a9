namespace Verzuim.Absence.Timeline;

/// <summary>
/// The Poortwachter steps of one absence, as a pure function of its sick periods. Linked absences (a new absence less
/// than four weeks after a recovery) add up: weeks are counted in sick days only, from the first day of the first
/// period, so the days worked in between push every later step back. While the last period is open the steps ahead
/// are placed as if the absence goes on.
/// </summary>
internal static class PoortwachterTimeline
{
    public const int TotalWeeks = 104;

    public static IReadOnlyList<MilestoneRule> Rules { get; } = BuildRules();

    public static IReadOnlyList<Milestone> For(IReadOnlyList<SickPeriod> periods)
    {
        Validate(periods);
        return [.. Rules.Select(rule => new Milestone(rule, DateOfSickDay(periods, (rule.FromWeek - 1) * 7 + 1), DateOfSickDay(periods, rule.DueWeek * 7)))];
    }

    /// <summary>The week of absence (1 to 104, or beyond) that <paramref name="day"/> falls in; 0 before the first day.</summary>
    public static int WeekOn(IReadOnlyList<SickPeriod> periods, DateOnly day)
    {
        Validate(periods);
        var sickDays = periods.Sum(period => period.SickDaysUpTo(day));
        return sickDays == 0 ? 0 : (sickDays - 1) / 7 + 1;
    }

    /// <summary>The calendar day of the n-th sick day, counting on in the last period.</summary>
    public static DateOnly DateOfSickDay(IReadOnlyList<SickPeriod> periods, int n)
    {
        var remaining = n;
        for (var i = 0; i < periods.Count - 1; i++)
        {
            var length = periods[i].Length!.Value;
            if (remaining <= length)
            {
                return periods[i].FirstDay.AddDays(remaining - 1);
            }
            remaining -= length;
        }
        return periods[^1].FirstDay.AddDays(remaining - 1);
    }

    private static void Validate(IReadOnlyList<SickPeriod> periods)
    {
        if (periods.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least one sick period.", nameof(periods));
        }
        for (var i = 0; i < periods.Count - 1; i++)
        {
            if (periods[i].RecoveredOn is not { } back || periods[i + 1].FirstDay < back)
            {
                throw new ArgumentException("Only the last period may be open, and periods follow each other.", nameof(periods));
            }
        }
    }

    private static List<MilestoneRule> BuildRules()
    {
        var both = Party.Employer | Party.Employee;
        List<MilestoneRule> rules =
        [
            new(MilestoneKind.SickReportToArboService, 1, 1, Party.Employer, false),
            new(MilestoneKind.ProblemAnalysis, 1, 6, Party.CompanyDoctor, true),
            new(MilestoneKind.PlanOfAction, 1, 8, both, true),
            new(MilestoneKind.Week42Report, 42, 42, Party.Employer, false),
            new(MilestoneKind.FirstYearEvaluation, 46, 52, both, true),
            new(MilestoneKind.SecondYearOfSickPay, 53, 53, Party.Payroll, false),
            new(MilestoneKind.ReintegrationReport, 87, 88, Party.Employer | Party.Uwv, true),
            new(MilestoneKind.WiaApplication, 91, 93, Party.Employee, true),
            new(MilestoneKind.EndOfSickPay, 104, 104, Party.None, false),
        ];
        // An evaluation of the plan about every six weeks, except where a larger evaluation takes its place.
        int[] evaluations = [14, 20, 26, 32, 38, 58, 64, 70, 76, 82];
        rules.AddRange(evaluations.Select(week => new MilestoneRule(MilestoneKind.Evaluation, week, week, both, true)));
        return [.. rules.OrderBy(rule => rule.DueWeek).ThenBy(rule => rule.FromWeek)];
    }
}
