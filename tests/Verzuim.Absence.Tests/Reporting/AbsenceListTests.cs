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
    public async Task An_employee_id_that_is_not_one_is_a_typed_error()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr(List, new { employeeId = "bm9wZQ" });

        response.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
    }
}
