using System.Security.Cryptography;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Tests.Documents;

[Collection(DossiersApiCollection.Name)]
public sealed class PublishAndAcknowledgeTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task A_sick_report_opens_a_dossier_that_HR_publishes_to_and_the_employee_signs_once()
    {
        var sick = await SickCase.CreateAsync(api);
        var content = DossierCalls.Pdf(5_000);

        var published = await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction, "Plan van aanpak", content, "plan.pdf");

        published.UserErrors("publishDocument").ShouldBeEmpty();
        var document = published.Document("publishDocument");
        document.GetProperty("askedResponse").GetString().ShouldBe("SIGNATURE");
        document.GetProperty("file").GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        document.GetProperty("file").GetProperty("size").GetInt64().ShouldBe(5_000);
        var documentId = document.GetProperty("id").GetString();
        await api.Smtp.WaitForMailAsync(sick.Person.Employee.Email, DossierNotices.NewDocumentSubject);

        var signed = await sick.AsEmployee(DossierCalls.Acknowledge, new { input = new { documentId, comment = "Akkoord, met de aantekening dat ik maandag start." } });
        signed.UserErrors("acknowledgeDocument").ShouldBeEmpty();
        var response = signed.Document("acknowledgeDocument").GetProperty("response");
        response.GetProperty("kind").GetString().ShouldBe("SIGNATURE");
        response.GetProperty("comment").GetString().ShouldBe("Akkoord, met de aantekening dat ik maandag start.");
        await api.Smtp.WaitForMailAsync(sick.Employer.HrEmail, DossierNotices.SignedSubject);

        var again = await sick.AsEmployee(DossierCalls.Acknowledge, new { input = new { documentId, comment = "nogmaals" } });
        again.UserErrors("acknowledgeDocument").ShouldBe(["ALREADY_ACKNOWLEDGED@input.documentId"]);
        again.Document("acknowledgeDocument").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var hrView = await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId });
        var response0 = hrView.Data.GetProperty("dossier").GetProperty("documents")[0].GetProperty("response");
        response0.GetProperty("kind").GetString().ShouldBe("SIGNATURE");
        response0.GetProperty("comment").GetString().ShouldBe("Akkoord, met de aantekening dat ik maandag start.");
    }

    [Fact]
    public async Task HR_can_neither_retract_the_employees_own_view_nor_publish_one_in_their_name()
    {
        var sick = await SickCase.CreateAsync(api);
        var view = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = "Mijn kant van het verhaal." } });
        var viewId = view.Document("addViewpoint").GetProperty("id").GetString();

        (await sick.AsHr(DossierCalls.Retract, new { input = new { documentId = viewId } })).UserErrors("retractDocument").ShouldBe(["EMPLOYEES_OWN_DOCUMENT@input.documentId"]);
        (await sick.PublishAsync(DefaultDocumentTypes.Viewpoint, "Zienswijze")).UserErrors("publishDocument").ShouldBe(["INVALID_VALUE@input.documentTypeId"]);
        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_document_keeps_what_it_asked_when_its_type_changes_later()
    {
        var sick = await SickCase.CreateAsync(api);
        var documentId = await sick.PublishedIdAsync("gespreksverslag", "Verslag");
        var typeId = await sick.Employer.DocumentTypeIdAsync("gespreksverslag");
        await sick.AsHr("mutation($input: UpdateDocumentTypeInput!) { updateDocumentType(input: $input) { errors { code } } }",
            new { input = new { documentTypeId = typeId, name = "Gespreksverslag", visibleToEmployee = true, response = "SIGNATURE" } });

        var documents = (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents");

        documents.EnumerateArray().Single(d => d.GetProperty("id").GetString() == documentId).GetProperty("askedResponse").GetString().ShouldBe("ACKNOWLEDGEMENT");
    }

    [Theory]
    [InlineData("message")]
    [InlineData("comment")]
    [InlineData("viewpoint")]
    [InlineData("title")]
    public async Task Text_with_a_NUL_is_refused_by_field_and_not_stored(string where)
    {
        var sick = await SickCase.CreateAsync(api);
        foreach (var bad in new[] { "een\u0000twee", "\u0000" })
        {
            var (operation, answer, field) = where switch
            {
                "message" => ("sendDossierMessage", await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = bad } }), "body"),
                "comment" => ("acknowledgeDocument", await sick.AsEmployee(DossierCalls.Acknowledge,
                    new { input = new { documentId = await sick.PublishedIdAsync("gespreksverslag", "Verslag"), comment = bad } }), "comment"),
                "viewpoint" => ("addViewpoint", await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = bad } }), "text"),
                _ => ("publishDocument", await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction, bad), "title"),
            };
            answer.ErrorCodes.ShouldBeEmpty();
            answer.UserErrors(operation).ShouldBe([$"INVALID_VALUE@input.{field}"]);
        }
    }
}
