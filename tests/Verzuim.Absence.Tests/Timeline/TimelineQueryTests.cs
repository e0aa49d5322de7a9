using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Timeline;

/// <summary>DOMAIN §8 through the API: an absence lists its Poortwachter steps with their weeks, dates and parties.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class TimelineQueryTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task The_employees_absence_lists_each_step_with_who_takes_it()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        await sanne.SendAsync(ReportSick, Sick(Today));

        var mine = await sanne.SendAsync("{ myAbsences { timeline { kind fromWeek dueWeek startsOn dueOn by involvesEmployee } } }");

        var steps = mine.Data.GetProperty("myAbsences")[0].GetProperty("timeline").EnumerateArray()
            .GroupBy(step => step.GetProperty("kind").GetString()!).ToDictionary(group => group.Key, group => group.First());
        Parties(steps["PROBLEM_ANALYSIS"]).ShouldBe(["COMPANY_DOCTOR"]);
        Parties(steps["PLAN_OF_ACTION"]).ShouldBe(["EMPLOYER", "EMPLOYEE"]);
        Parties(steps["REINTEGRATION_REPORT"]).ShouldBe(["EMPLOYER", "UWV"]);
        Parties(steps["SECOND_YEAR_OF_SICK_PAY"]).ShouldBe(["PAYROLL"]);
        Parties(steps["END_OF_SICK_PAY"]).ShouldBeEmpty();
        steps["PROBLEM_ANALYSIS"].GetProperty("dueWeek").GetInt32().ShouldBe(6);
        steps["PROBLEM_ANALYSIS"].GetProperty("dueOn").GetString().ShouldBe(Iso(Today.AddDays(6 * 7 - 1)));
        steps["WIA_APPLICATION"].GetProperty("involvesEmployee").GetBoolean().ShouldBeTrue();
    }

    private static List<string?> Parties(System.Text.Json.JsonElement step) => [.. step.GetProperty("by").EnumerateArray().Select(party => party.GetString())];
}
