using System.Net;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Tests.Viewpoints;

[Collection(DossiersApiCollection.Name)]
public sealed class ViewpointTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task The_employee_adds_a_written_view_about_a_document_which_HR_sees()
    {
        var sick = await SickCase.CreateAsync(api);
        var planId = await sick.PublishedIdAsync(DefaultDocumentTypes.PlanOfAction);

        var added = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = "Ik kan nog geen hele dagen werken.", regardingDocumentId = planId } });

        added.UserErrors("addViewpoint").ShouldBeEmpty();
        var document = added.Document("addViewpoint");
        document.GetProperty("title").GetString().ShouldBe("Zienswijze op Plan van aanpak");
        document.GetProperty("author").GetString().ShouldBe("EMPLOYEE");
        document.GetProperty("regardingDocumentId").GetString().ShouldBe(planId);
        document.GetProperty("type").GetProperty("code").GetString().ShouldBe(DefaultDocumentTypes.Viewpoint);
        await api.Smtp.WaitForMailAsync(sick.Employer.HrEmail, DossierNotices.ViewpointSubject);
        var hr = await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId });
        hr.Data.GetProperty("dossier").GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("text").GetString())
            .ShouldContain("Ik kan nog geen hele dagen werken.");
    }

    [Fact]
    public async Task The_employee_uploads_a_view_as_a_file_and_can_download_it()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Person.Token, DossierCalls.Png(), "brief aan werkgever.png");
        upload.Status.ShouldBe(HttpStatusCode.Created);
        upload.Upload.GetProperty("contentType").GetString().ShouldBe("image/png");

        var added = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, uploadId = upload.Id } });

        added.UserErrors("addViewpoint").ShouldBeEmpty();
        var file = added.Document("addViewpoint").GetProperty("file");
        file.GetProperty("name").GetString().ShouldBe("brief aan werkgever.png");
        using var download = await api.DownloadAsync(sick.Person.Token, file.GetProperty("contentPath").GetString()!);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(DossierCalls.Png());
    }

    [Fact]
    public async Task Text_and_file_together_or_neither_are_refused_by_field()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "z.pdf");

        (await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId } })).UserErrors("addViewpoint").ShouldBe(["REQUIRED@input.text"]);
        (await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = "   " } })).UserErrors("addViewpoint").ShouldBe(["REQUIRED@input.text"]);
        (await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = "a", uploadId = upload.Id } }))
            .UserErrors("addViewpoint").ShouldBe(["INVALID_VALUE@input.uploadId"]);
        (await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = new string('z', 10_001) } }))
            .UserErrors("addViewpoint").ShouldBe(["TOO_LONG@input.text"]);
        (await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(0);
    }
}
