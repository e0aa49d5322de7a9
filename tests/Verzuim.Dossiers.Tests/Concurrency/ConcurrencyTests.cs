using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Tests.Concurrency;

[Collection(DossiersApiCollection.Name)]
public sealed class ConcurrencyTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task Two_acknowledgements_at_once_leave_one_record_and_one_success()
    {
        var sick = await SickCase.CreateAsync(api);
        for (var round = 0; round < 5; round++)
        {
            var documentId = await sick.PublishedIdAsync("gespreksverslag", $"Verslag {round}");
            var ack = new { input = new { documentId } };

            var answers = await Task.WhenAll(
                sick.AsEmployee(DossierCalls.Acknowledge, ack), sick.AsEmployee(DossierCalls.Acknowledge, ack), sick.AsEmployee(DossierCalls.Acknowledge, ack));

            answers.Count(a => a.UserErrors("acknowledgeDocument").Count == 0).ShouldBe(1);
            answers.Where(a => a.UserErrors("acknowledgeDocument").Count > 0).ShouldAllBe(a => a.UserErrors("acknowledgeDocument").Single() == "ALREADY_ACKNOWLEDGED@input.documentId");
            (await ResponsesToAsync(documentId)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Retracting_while_the_employee_acknowledges_ends_in_one_consistent_outcome()
    {
        var sick = await SickCase.CreateAsync(api);
        var outcomes = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            var documentId = await sick.PublishedIdAsync("gespreksverslag", $"Verslag {round}");

            var acknowledging = sick.AsEmployee(DossierCalls.Acknowledge, new { input = new { documentId } });
            var retracting = sick.AsHr(DossierCalls.Retract, new { input = new { documentId } });
            var (acknowledged, retracted) = (await acknowledging, await retracting);

            var ackWon = acknowledged.UserErrors("acknowledgeDocument").Count == 0;
            var retractWon = retracted.UserErrors("retractDocument").Count == 0;
            (ackWon ^ retractWon).ShouldBeTrue($"exactly one must win: {acknowledged.Body} / {retracted.Body}");
            var stored = await DocumentAsync(documentId);
            if (ackWon)
            {
                retracted.UserErrors("retractDocument").ShouldBe(["ALREADY_ACKNOWLEDGED@input.documentId"]);
                stored.Status.ShouldBe(DocumentStatus.Published);
                stored.Response.ShouldNotBeNull();
            }
            else
            {
                acknowledged.UserErrors("acknowledgeDocument").ShouldBe(["NOT_FOUND@input.documentId"]);
                stored.Status.ShouldBe(DocumentStatus.Retracted);
                stored.Response.ShouldBeNull();
            }
            outcomes.Add(ackWon ? "acknowledged" : "retracted");
        }
        outcomes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_retracted_document_leaves_the_employees_view_and_cannot_be_retracted_again()
    {
        var sick = await SickCase.CreateAsync(api);
        var documentId = await sick.PublishedIdAsync(DefaultDocumentTypes.PlanOfAction);

        (await sick.AsHr(DossierCalls.Retract, new { input = new { documentId } })).UserErrors("retractDocument").ShouldBeEmpty();
        var again = await sick.AsHr(DossierCalls.Retract, new { input = new { documentId } });

        again.UserErrors("retractDocument").ShouldBe(["RETRACTED@input.documentId"]);
        again.Document("retractDocument").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(0);
        (await sick.Person.MyDossiersAsync()).Single().GetProperty("counts").GetProperty("awaitingResponse").GetInt32().ShouldBe(0);
        var seenByHr = await sick.AsHr("query($id: ID!) { dossier(id: $id) { documents { id status publishedAt retractedAt } } }", new { id = sick.DossierId });
        var document = seenByHr.Data.GetProperty("dossier").GetProperty("documents").EnumerateArray().Single();
        document.GetProperty("status").GetString().ShouldBe("RETRACTED");
        document.GetProperty("retractedAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(document.GetProperty("publishedAt").GetDateTimeOffset());
    }

    private async Task<int> ResponsesToAsync(string documentId)
    {
        GlobalId.TryDecode(documentId, DossierDocument.TypeName, out var id).ShouldBeTrue();
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossiersDbContext>().Responses.CountAsync(r => r.DocumentId == id);
    }

    private async Task<DossierDocument> DocumentAsync(string documentId)
    {
        GlobalId.TryDecode(documentId, DossierDocument.TypeName, out var id).ShouldBeTrue();
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossiersDbContext>().Documents.Include(d => d.Response).SingleAsync(d => d.Id == id);
    }
}
