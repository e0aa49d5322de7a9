using System.Globalization;

namespace Verzuim.Dates;

/// <summary>
/// Dates as Dutch readers expect them: dd-mm-jjjj, on the clock in the Netherlands, whatever the server's time zone.
/// The one implementation, used by the modules (mails, notices) and by the portal's pages.
/// </summary>
public static class DutchDates
{
    private static readonly TimeZoneInfo Netherlands = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Format(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment as the day it was in the Netherlands.</summary>
    public static string Format(DateTimeOffset moment) => Format(DayOf(moment));

    /// <summary>"14:05": the time of day in the Netherlands.</summary>
    public static string FormatTime(DateTimeOffset moment) => InTheNetherlands(moment).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"24-11-2026 14:05", for what happened at a moment. Text around it says "om" or "at" in its own language.</summary>
    public static string FormatWithTime(DateTimeOffset moment) => $"{Format(moment)} {FormatTime(moment)}";

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The calendar day in the Netherlands on which <paramref name="moment"/> fell.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(InTheNetherlands(moment).DateTime);

    private static DateTimeOffset InTheNetherlands(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Netherlands);
}
