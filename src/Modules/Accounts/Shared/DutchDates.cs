namespace Verzuim.Accounts.Shared;

/// <summary>Dates as Dutch readers expect them: dd-mm-jjjj, on the clock in the Netherlands.</summary>
internal static class DutchDates
{
    private static readonly TimeZoneInfo Netherlands = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Format(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Netherlands).ToString("dd-MM-yyyy");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Netherlands).DateTime);
}
