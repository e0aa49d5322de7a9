using System.Text.Json;
using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Tenancy;

/// <summary>An employee reaches only their own absences, HR only their employer's.</summary>
[Collection(AbsenceApiCollection.Name)]
public sealed class TenancyTests(VerzuimApiFactory api)
{
    private const string Node = "query($id: ID!) { node(id: $id) { ... on Absence { id } } }";
    private const string List = "{ absences(first: 50) { edges { node { id employeeKey } } } }";

    [Fact]
    public async Task An_employee_can_neither_see_nor_change_a_colleagues_absence()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var piet = await SignedInEmployee.CreateAsync(api, sanne.Employer);
        var pietsAbsence = (await piet.SendAsync(ReportSick, Sick(Today.AddDays(-1)))).AbsenceId("reportSick");

        var seen = await sanne.SendAsync(Node, new { id = pietsAbsence });
        var recovered = await sanne.SendAsync(ReportRecovered, Recovered(pietsAbsence, Today));
        var reportForPiet = await sanne.SendAsync(ReportSick, Sick(Today, employeeId: piet.Employee.Id));
        var list = await sanne.SendAsync(List);

        seen.Data.GetProperty("node").ValueKind.ShouldBe(JsonValueKind.Null);
        recovered.UserErrors("reportRecovered").ShouldBe(["NOT_FOUND@input.absenceId"]);
        reportForPiet.UserErrors("reportSick").ShouldBe(["NOT_FOUND@input.employeeId"]);
        list.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await piet.SendAsync(Node, new { id = pietsAbsence })).Data.GetProperty("node").GetProperty("id").GetString().ShouldBe(pietsAbsence);
    }

    [Fact]
    public async Task HR_sees_and_changes_only_its_own_employers_absences()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var otherHr = await TestEmployer.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today))).AbsenceId("reportSick");

        var seen = await otherHr.AsHr(Node, new { id });
        var listed = await otherHr.AsHr(List);
        var changed = await otherHr.AsHr(ChangePercentage, new { input = new { absenceId = id, percentage = 50, from = Iso(Today) } });
        var withdrawn = await otherHr.AsHr(Withdraw, new { input = new { absenceId = id } });
        var reported = await otherHr.AsHr(ReportSick, Sick(Today, employeeId: sanne.Employee.Id));
        var own = await sanne.AsHr(List);

        seen.Data.GetProperty("node").ValueKind.ShouldBe(JsonValueKind.Null);
        listed.Data.GetProperty("absences").GetProperty("edges").GetArrayLength().ShouldBe(0);
        changed.UserErrors("changeAbsencePercentage").ShouldBe(["NOT_FOUND@input.absenceId"]);
        withdrawn.UserErrors("withdrawAbsence").ShouldBe(["NOT_FOUND@input.absenceId"]);
        reported.UserErrors("reportSick").ShouldBe(["NOT_FOUND@input.employeeId"]);
        own.Data.GetProperty("absences").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ShouldBe([id]);
    }

    [Fact]
    public async Task Employees_cannot_use_the_employer_side_of_the_api()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var id = (await sanne.SendAsync(ReportSick, Sick(Today))).AbsenceId("reportSick");

        (await sanne.SendAsync(ChangePercentage, new { input = new { absenceId = id, percentage = 50, from = Iso(Today) } })).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await sanne.SendAsync(Withdraw, new { input = new { absenceId = id } })).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await sanne.SendAsync(Events)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await sanne.SendAsync("{ absenceSettings { employeesMayReportSick } }")).ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }
}
