namespace Verzuim.Absence.Domain;

/// <summary>
/// Samengesteld verzuim: a new absence that starts less than four weeks (28 days) after the first working day back
/// continues the previous one. The Poortwachter weeks and the 104 weeks then count on from the original first day.
/// </summary>
internal static class AbsenceWithinFourWeeksOfRecoveryIsLinked
{
    public const int DaysApart = 28;

    /// <param name="previous">The employee's latest closed absence, if any (withdrawn reports do not count).</param>
    public static EmployeeAbsence? LinkedTo(EmployeeAbsence? previous, DateOnly firstDay) =>
        previous is { Status: AbsenceStatus.Closed, RecoveredOn: { } back } && firstDay >= back && firstDay.DayNumber - back.DayNumber < DaysApart
            ? previous
            : null;
}
