namespace Verzuim.Absence.Timeline;

/// <summary>
/// One stretch of absence: from its first day up to (not including) the first working day back.
/// Open while the employee has not recovered.
/// </summary>
internal sealed record SickPeriod(DateOnly FirstDay, DateOnly? RecoveredOn)
{
    public bool IsOpen => RecoveredOn is null;

    /// <summary>Sick days in this period up to and including <paramref name="day"/>.</summary>
    public int SickDaysUpTo(DateOnly day)
    {
        var end = RecoveredOn is { } back && back <= day ? back : day.AddDays(1);
        return Math.Max(0, end.DayNumber - FirstDay.DayNumber);
    }

    public int? Length => RecoveredOn is { } back ? back.DayNumber - FirstDay.DayNumber : null;
}
