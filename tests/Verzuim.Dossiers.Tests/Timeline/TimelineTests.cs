using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Tests.Timeline;

[Collection(DossiersApiCollection.Name)]
public sealed class TimelineTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task The_timeline_shows_the_report_documents_responses_messages_and_the_steps_for_the_employee()
    {
        var sick = await SickCase.CreateAsync(api);
        var planId = await sick.PublishedIdAsync(DefaultDocumentTypes.PlanOfAction);
        await sick.PublishedIdAsync(DefaultDocumentTypes.CaseManagerNote, "Interne notitie");
        await sick.AsEmployee(DossierCalls.Acknowledge, new { input = new { documentId = planId } });
        await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Vraag over het plan" } });

        var employee = (await sick.AsEmployee(DossierCalls.Timeline, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("timeline").EnumerateArray().ToList();
        var hr = (await sick.AsHr(DossierCalls.Timeline, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("timeline").EnumerateArray().ToList();

        var kinds = employee.Select(e => e.GetProperty("kind").GetString()).ToList();
        kinds[0].ShouldBe("REPORTED");
        kinds.ShouldContain("DOCUMENT_PUBLISHED");
        kinds.ShouldContain("DOCUMENT_SIGNED");
        kinds.ShouldContain("MESSAGE_FROM_EMPLOYEE");
        employee.Where(e => e.GetProperty("kind").GetString() == "DOCUMENT_PUBLISHED").Select(e => e.GetProperty("title").GetString()).ShouldBe(["Plan van aanpak"]);
        var steps = employee.Where(e => e.GetProperty("kind").GetString() == "POORTWACHTER_STEP").Select(e => e.GetProperty("title").GetString()).ToList();
        steps.ShouldContain("PLAN_OF_ACTION");
        steps.ShouldNotContain("WEEK_42_REPORT");
        hr.Where(e => e.GetProperty("kind").GetString() == "POORTWACHTER_STEP").Select(e => e.GetProperty("title").GetString()).ShouldContain("WEEK_42_REPORT");
        hr.Where(e => e.GetProperty("kind").GetString() == "DOCUMENT_PUBLISHED").Count().ShouldBe(2);
        var planStep = employee.Single(e => e.GetProperty("title").GetString() == "PLAN_OF_ACTION");
        planStep.GetProperty("on").GetString().ShouldBe(DossierCalls.Today.AddDays(8 * 7 - 1).ToString("yyyy-MM-dd"));
        planStep.GetProperty("upcoming").GetBoolean().ShouldBeTrue();
    }
}
