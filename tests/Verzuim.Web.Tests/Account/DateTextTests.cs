using Verzuim.Dates;
using Verzuim.Web.Account;
using Verzuim.Web.Localization;

namespace Verzuim.Web.Tests.Account;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("14-03-1990")]
    [InlineData("14/03/1990")]
    [InlineData("14.03.1990")]
    [InlineData("14 03 1990")]
    [InlineData("14-3-1990")]
    [InlineData("14031990")]
    [InlineData(" 14-03-1990 ")]
    public void The_ways_people_write_a_date_are_understood(string typed)
    {
        DateText.TryParse(typed, out var date).ShouldBe(DateProblem.None);
        date.ShouldBe(new DateOnly(1990, 3, 14));
    }

    [Theory]
    [InlineData("1990-03-14", "WrongFormat")]
    [InlineData("14-03-90", "WrongFormat")]
    [InlineData("maart 1990", "WrongFormat")]
    [InlineData("31-02-2025", "NoSuchDay")]
    [InlineData("29-02-2023", "NoSuchDay")]
    [InlineData("00-01-1990", "NoSuchDay")]
    [InlineData("14-13-1990", "NoSuchDay")]
    [InlineData("", "Missing")]
    [InlineData("   ", "Missing")]
    public void Each_kind_of_wrong_date_is_told_apart(string typed, string problem) => DateText.TryParse(typed, out _).ToString().ShouldBe(problem);

    [Fact]
    public void A_leap_day_is_a_date() => DateText.TryParse("29-02-2024", out _).ShouldBe(DateProblem.None);

    [Fact]
    public void Dates_are_shown_as_dd_mm_jjjj() => DutchDates.Format(new DateOnly(2026, 1, 5)).ShouldBe("05-01-2026");

    [Theory]
    [InlineData("2026-07-14T22:30:00Z", "15-07-2026", "00:30")]
    [InlineData("2026-01-14T22:30:00Z", "14-01-2026", "23:30")]
    [InlineData("2026-10-25T00:30:00Z", "25-10-2026", "02:30")]
    [InlineData("2026-10-25T01:30:00Z", "25-10-2026", "02:30")]
    public void A_moment_is_shown_as_the_day_and_time_it_was_in_the_Netherlands_summer_or_winter(string utc, string day, string time)
    {
        var moment = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        DutchDates.Format(moment).ShouldBe(day);
        DutchDates.FormatTime(moment).ShouldBe(time);
        DutchDates.FormatWithTime(moment).ShouldBe($"{day} {time}");
        DutchDates.DayOf(moment).ShouldBe(DateOnly.ParseExact(day, "dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_shown_date_is_kept_whole_and_the_text_around_it_encoded() =>
        DateText.KeepWhole("<b> van 05-01-2026 tot 12-01-2026 14:05")
            .ShouldBe("&lt;b&gt; van <span class=\"date\">05-01-2026</span> tot <span class=\"date\">12-01-2026 14:05</span>");

    [Theory]
    [InlineData("/account/wachtwoord", "/account/wachtwoord")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Only_paths_on_this_site_are_redirect_targets(string? target, string expected) => LocalPaths.OrHome(target).ShouldBe(expected);
}
