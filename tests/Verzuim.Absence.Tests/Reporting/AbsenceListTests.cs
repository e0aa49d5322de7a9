using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Reporting;

/// <summary>The employer's list of absences with its filters: open or closed, one employee, a period.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class AbsenceListTests(VerzuimApiFactory api)
{
    private const string List = """
        query($status: AbsenceStatus, $employeeId: ID, $from: Date, $until: Date) {
          absences(first: 10, status: $status, employeeId: $employeeId, from: $from, until: $until) { edges { node { id } } } }
        """;

    [Fact]
    public async Task Filters_narrow_the_list_by_status_employee_and_period()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var sanne = await employer.AddEmployeeAsync();
        var piet = await employer.AddEmployeeAsync(firstName: "Piet");
        var closed = (await employer.AsHr(ReportSick, Sick(Today.AddDays(-20), employeeId: sanne.Id))).AbsenceId("reportSick");
        await employer.AsHr(ReportRecovered, Recovered(closed, Today.AddDays(-15)));
        var open = (await employer.AsHr(ReportSick, Sick(Today.AddDays(-2), employeeId: piet.Id))).AbsenceId("reportSick");

        async Task<List<string?>> IdsAsync(object variables) =>
            [.. (await employer.AsHr(List, variables)).Data.GetProperty("absences").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString())];

        (await IdsAsync(new { status = "OPEN" })).ShouldBe([open]);
        (await IdsAsync(new { status = "CLOSED" })).ShouldBe([closed]);
        (await IdsAsync(new { employeeId = sanne.Id })).ShouldBe([closed]);
        (await IdsAsync(new { from = Iso(Today.AddDays(-10)) })).ShouldBe([open]);
        (await IdsAsync(new { until = Iso(Today.AddDays(-10)) })).ShouldBe([closed]);
        (await IdsAsync(new { })).ShouldBe([open, closed]);
    }

    [Fact]
    public async Task Pages_of_absences_follow_their_cursors()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var ids = new List<string>();
        foreach (var name in new[] { "Anna", "Bram", "Cor" })
        {
            var employee = await employer.AddEmployeeAsync(firstName: name);
            ids.Add((await employer.AsHr(ReportSick, Sick(Today, employeeId: employee.Id))).AbsenceId("reportSick"));
        }
        const string Paged = """
            query($after: String) { absences(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """;

        var first = (await employer.AsHr(Paged)).Data.GetProperty("absences");
        var second = (await employer.AsHr(Paged, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("absences");

        var seen = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray())
            .Select(edge => edge.GetProperty("node").GetProperty("id").GetString()).ToList();
        seen.ShouldBe(Enumerable.Reverse(ids).Cast<string?>());
        first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();
        first.GetProperty("pageInfo").GetProperty("endCursor").GetString().ShouldBe(first.GetProperty("edges")[1].GetProperty("cursor").GetString());
        second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
        second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_employee_id_that_is_not_one_is_a_typed_error()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr(List, new { employeeId = "bm9wZQ" });

        response.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
    }
}
