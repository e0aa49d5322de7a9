namespace Verzuim.BuildingBlocks;

/// <summary>Dates as Dutch readers expect them: dd-mm-jjjj, on the clock in the Netherlands.</summary>
public static class DutchDates
{
    private static readonly TimeZoneInfo Netherlands = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Format(DateOnly day) => day.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Netherlands).ToString("dd-MM-yyyy");

    /// <summary>"24-11-2026 om 14:05", for notices that say when something happened.</summary>
    public static string FormatWithTime(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Netherlands).ToString("dd-MM-yyyy 'om' HH:mm");

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The calendar day in the Netherlands on which <paramref name="moment"/> fell.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Netherlands).DateTime);
}
