namespace Verzuim.Absence.Timeline;

/// <summary>The steps of the Wet verbetering poortwachter (DOMAIN §8), counted in weeks of absence.</summary>
internal enum MilestoneKind
{
    SickReportToArboService,
    ProblemAnalysis,
    PlanOfAction,
    Evaluation,
    Week42Report,
    FirstYearEvaluation,
    SecondYearOfSickPay,
    ReintegrationReport,
    WiaApplication,
    EndOfSickPay,
}

[Flags]
internal enum Party
{
    None = 0,
    Employer = 1,
    Employee = 2,
    CompanyDoctor = 4,
    Payroll = 8,
    Uwv = 16,
}

/// <summary>A step of the timeline: it may start in <see cref="FromWeek"/> and is due by the end of <see cref="DueWeek"/>.</summary>
internal sealed record MilestoneRule(MilestoneKind Kind, int FromWeek, int DueWeek, Party By, bool InvolvesEmployee);

/// <summary>A step placed on the calendar of one absence.</summary>
internal sealed record Milestone(MilestoneRule Rule, DateOnly StartsOn, DateOnly DueOn)
{
    public MilestoneKind Kind => Rule.Kind;
}

internal static class MilestoneKindCodes
{
    /// <summary>The kind as other modules and the schema spell it: <c>PlanOfAction</c> is <c>PLAN_OF_ACTION</c>, <c>Week42Report</c> is <c>WEEK_42_REPORT</c>.</summary>
    public static string Code(this MilestoneKind kind) =>
        System.Text.RegularExpressions.Regex.Replace(kind.ToString(), "(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Z])", "_").ToUpperInvariant();
}
