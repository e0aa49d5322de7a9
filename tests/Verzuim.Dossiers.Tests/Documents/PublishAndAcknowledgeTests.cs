using System.Net;
using System.Security.Cryptography;
using Verzuim.Dossiers.DocumentTypes;
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
        again.Document("acknowledgeDocument").GetProperty("response").GetProperty("comment").GetString().ShouldBe("Akkoord, met de aantekening dat ik maandag start.");

        var hrView = await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId });
        hrView.Data.GetProperty("dossier").GetProperty("documents")[0].GetProperty("response").GetProperty("kind").GetString().ShouldBe("SIGNATURE");
    }
}
