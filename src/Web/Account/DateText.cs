using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Verzuim.Web.Account;

internal enum DateProblem
{
    None,
    Missing,
    WrongFormat,
    NoSuchDay,
}

/// <summary>
/// Dates in the portal's text: read as Dutch people type them, and kept whole where they are shown. Formatting is
/// <see cref="Verzuim.Dates.DutchDates"/>'s. Dates as Dutch people type them: dd-mm-jjjj. Slashes, dots or spaces work as well as dashes, and a single-digit day
/// or month is fine (4-3-1990). A date written year first (1990-03-14) is a format error, named as such.
/// </summary>
internal static partial class DateText
{
    public static DateProblem TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return DateProblem.Missing;
        }
        var match = DayMonthYear().Match(text.Trim());
        if (!match.Success)
        {
            return DateProblem.WrongFormat;
        }
        var day = int.Parse(match.Groups["day"].Value);
        var month = int.Parse(match.Groups["month"].Value);
        var year = int.Parse(match.Groups["year"].Value);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return DateProblem.NoSuchDay;
        }
        date = new DateOnly(year, month, day);
        return DateProblem.None;
    }

    /// <summary>
    /// The text as HTML in which each shown date ("24-11-2026", "24-11-2026 14:05") sits in a <c>span.date</c> that
    /// does not wrap: browsers otherwise break a line after a hyphen ("24-/11-2026").
    /// </summary>
    public static string KeepWhole(string text)
    {
        var html = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match date in ShownDate().Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..date.Index]));
            html.Append("<span class=\"date\">").Append(HtmlEncoder.Default.Encode(date.Value)).Append("</span>");
            at = date.Index + date.Length;
        }
        return html.Append(HtmlEncoder.Default.Encode(text[at..])).ToString();
    }

    [GeneratedRegex(@"\b\d{2}-\d{2}-\d{4}(?: \d{2}:\d{2})?\b")]
    private static partial Regex ShownDate();

    [GeneratedRegex(@"^(?<day>\d{1,2})[-/. ](?<month>\d{1,2})[-/. ](?<year>\d{4})$|^(?<day>\d{2})(?<month>\d{2})(?<year>\d{4})$")]
    private static partial Regex DayMonthYear();
}
