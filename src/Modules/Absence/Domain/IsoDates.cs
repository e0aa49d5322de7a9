using System.Globalization;

namespace Verzuim.Absence.Domain;

/// <summary>Dates in API error messages: ISO <c>yyyy-MM-dd</c>, the API's own date format (mails use <c>DutchDates</c>).</summary>
internal static class IsoDates
{
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
