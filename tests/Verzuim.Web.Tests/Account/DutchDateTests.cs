using Verzuim.Web.Account;
using Verzuim.Web.Localization;

namespace Verzuim.Web.Tests.Account;

public sealed class DutchDateTests
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
        DutchDate.TryParse(typed, out var date).ShouldBe(DateProblem.None);
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
    public void Each_kind_of_wrong_date_is_told_apart(string typed, string problem) => DutchDate.TryParse(typed, out _).ToString().ShouldBe(problem);

    [Fact]
    public void A_leap_day_is_a_date() => DutchDate.TryParse("29-02-2024", out _).ShouldBe(DateProblem.None);

    [Fact]
    public void Dates_are_shown_as_dd_mm_jjjj() => DutchDate.Format(new DateOnly(2026, 1, 5)).ShouldBe("05-01-2026");

    [Fact]
    public void A_shown_date_is_kept_whole_and_the_text_around_it_encoded() =>
        DutchDate.KeepWhole("<b> van 05-01-2026 tot 12-01-2026 14:05")
            .ShouldBe("&lt;b&gt; van <span class=\"date\">05-01-2026</span> tot <span class=\"date\">12-01-2026 14:05</span>");

    [Theory]
    [InlineData("/account/wachtwoord", "/account/wachtwoord")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Only_paths_on_this_site_are_redirect_targets(string? target, string expected) => LocalPaths.OrHome(target).ShouldBe(expected);
}
