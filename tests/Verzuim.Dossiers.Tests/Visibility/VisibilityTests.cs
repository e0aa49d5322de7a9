using System.Net;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Tests.Visibility;

[Collection(DossiersApiCollection.Name)]
public sealed class VisibilityTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task An_internal_document_does_not_exist_for_the_employee_by_any_path()
    {
        var sick = await SickCase.CreateAsync(api);
        var note = (await sick.PublishAsync(DefaultDocumentTypes.CaseManagerNote, "Notitie na gesprek")).Document("publishDocument");
        var noteId = note.GetProperty("id").GetString();

        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(0);
        (await sick.AsEmployee(DossierCalls.Acknowledge, new { input = new { documentId = noteId } })).UserErrors("acknowledgeDocument").ShouldBe(["NOT_FOUND@input.documentId"]);
        var download = await api.DownloadAsync(sick.Person.Token, note.GetProperty("file").GetProperty("contentPath").GetString()!);
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await download.Content.ReadAsStringAsync()).ShouldContain("NOT_FOUND");
        (await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, text = "Mijn kant", regardingDocumentId = noteId } }))
            .UserErrors("addViewpoint").ShouldBe(["NOT_FOUND@input.regardingDocumentId"]);
        (await sick.Person.MyDossiersAsync()).Single().GetProperty("counts").GetProperty("newDocuments").GetInt32().ShouldBe(0);
        (await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);
        api.Smtp.MailsTo(sick.Person.Employee.Email, "Nieuw document").ShouldBeEmpty();
    }

    [Fact]
    public async Task Making_a_type_internal_hides_its_documents_from_the_employee_at_once()
    {
        var sick = await SickCase.CreateAsync(api);
        await sick.PublishedIdAsync("gespreksverslag", "Verslag eerste gesprek");
        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);

        var typeId = await sick.Employer.DocumentTypeIdAsync("gespreksverslag");
        var changed = await sick.AsHr("mutation($input: UpdateDocumentTypeInput!) { updateDocumentType(input: $input) { documentType { visibleToEmployee response } errors { code field } } }",
            new { input = new { documentTypeId = typeId, name = "Gespreksverslag (intern)", visibleToEmployee = false, response = "ACKNOWLEDGEMENT" } });

        changed.UserErrors("updateDocumentType").ShouldBeEmpty();
        changed.Payload("updateDocumentType").GetProperty("documentType").GetProperty("response").GetString().ShouldBe("NONE");
        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Another_employees_dossier_and_documents_are_not_found()
    {
        var sick = await SickCase.CreateAsync(api);
        var colleague = await SickCase.CreateAsync(api, sick.Employer);
        var published = (await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction)).Document("publishDocument");
        var documentId = published.GetProperty("id").GetString();

        (await colleague.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await colleague.AsEmployee(DossierCalls.Acknowledge, new { input = new { documentId } })).UserErrors("acknowledgeDocument").ShouldBe(["NOT_FOUND@input.documentId"]);
        (await api.DownloadAsync(colleague.Person.Token, published.GetProperty("file").GetProperty("contentPath").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Hallo" } })).UserErrors("sendDossierMessage").ShouldBe(["NOT_FOUND@input.dossierId"]);
        (await colleague.Person.MyDossiersAsync()).Select(d => d.GetProperty("id").GetString()).ShouldBe([colleague.DossierId]);
    }

    [Fact]
    public async Task HR_of_another_employer_reaches_nothing()
    {
        var sick = await SickCase.CreateAsync(api);
        var other = await TestEmployer.CreateAsync(api);
        var published = (await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction)).Document("publishDocument");

        (await other.AsHr(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await other.AsHr(DossierCalls.Retract, new { input = new { documentId = published.GetProperty("id").GetString() } })).UserErrors("retractDocument").ShouldBe(["NOT_FOUND@input.documentId"]);
        (await api.DownloadAsync(other.HrToken, published.GetProperty("file").GetProperty("contentPath").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var upload = await api.UploadAsync(other.HrToken, DossierCalls.Pdf(), "plan.pdf");
        var publish = await other.AsHr(DossierCalls.Publish, new
        {
            input = new { dossierId = sick.DossierId, documentTypeId = await other.DocumentTypeIdAsync(DefaultDocumentTypes.PlanOfAction), title = "Plan", uploadId = upload.Id },
        });
        publish.UserErrors("publishDocument").ShouldBe(["NOT_FOUND@input.dossierId"]);
        var list = await other.AsHr("{ dossiers { edges { node { id } } } }");
        list.Data.GetProperty("dossiers").GetProperty("edges").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_payroll_client_reaches_no_dossier_by_any_path()
    {
        var sick = await SickCase.CreateAsync(api);
        var published = (await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction)).Document("publishDocument");
        var payroll = await sick.Employer.ApiClientKeyAsync("ABSENCES_READ", "ABSENCES_WRITE", "EMPLOYEES_READ");
        var client = sick.Employer.Client;

        (await client.SendAsync(DossierCalls.Documents, new { id = sick.DossierId }, payroll)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await client.SendAsync("{ dossiers { edges { node { id } } } }", null, payroll)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await client.SendAsync(DossierCalls.DocumentTypes, null, payroll)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await client.SendAsync(DossierCalls.AccessLog, null, payroll)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await client.SendAsync(DossierCalls.Retract, new { input = new { documentId = published.GetProperty("id").GetString() } }, payroll)).ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await api.DownloadAsync(payroll, published.GetProperty("file").GetProperty("contentPath").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var upload = await api.UploadAsync(payroll, DossierCalls.Pdf(), "plan.pdf");
        upload.Status.ShouldBe(HttpStatusCode.Forbidden);
        upload.ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }

    [Fact]
    public async Task Without_a_valid_token_the_file_endpoints_answer_401()
    {
        var sick = await SickCase.CreateAsync(api);
        var published = (await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction)).Document("publishDocument");
        var path = published.GetProperty("file").GetProperty("contentPath").GetString()!;

        (await api.CreateClient().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.DownloadAsync("not-a-token", path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.UploadAsync("not-a-token", DossierCalls.Pdf(), "a.pdf")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_employees_access_log_shows_that_an_internal_document_was_read_but_not_which()
    {
        var sick = await SickCase.CreateAsync(api);
        var note = (await sick.PublishAsync(DefaultDocumentTypes.CaseManagerNote, "Notitie na gesprek")).Document("publishDocument");
        using (var download = await api.DownloadAsync(sick.Employer.HrToken, note.GetProperty("file").GetProperty("contentPath").GetString()!))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var employeeView = (await sick.AsEmployee(DossierCalls.AccessLog, new { first = 10 })).Data.GetProperty("dossierAccessLog").GetProperty("edges")[0].GetProperty("node");
        var hrView = (await sick.AsHr(DossierCalls.AccessLog, new { employeeId = sick.Person.Employee.Id, first = 10 })).Data.GetProperty("dossierAccessLog").GetProperty("edges")[0].GetProperty("node");

        employeeView.GetProperty("what").GetString().ShouldBe("DOCUMENT");
        employeeView.GetProperty("accessorRole").GetString().ShouldBe("HR");
        employeeView.GetProperty("documentTitle").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        employeeView.GetProperty("documentId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        hrView.GetProperty("documentTitle").GetString().ShouldBe("Notitie na gesprek");
    }

    [Fact]
    public async Task An_internal_type_made_visible_later_does_not_reveal_what_was_published_under_it()
    {
        var sick = await SickCase.CreateAsync(api);
        var added = await sick.AsHr("mutation($input: AddDocumentTypeInput!) { addDocumentType(input: $input) { documentType { id code } errors { code field } } }",
            new { input = new { name = "Intern overleg", visibleToEmployee = false, response = "NONE" } });
        var typeId = added.Payload("addDocumentType").GetProperty("documentType").GetProperty("id").GetString();
        var upload = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(), "overleg.pdf");
        (await sick.AsHr(DossierCalls.Publish, new { input = new { dossierId = sick.DossierId, documentTypeId = typeId, title = "Overleg", uploadId = upload.Id } }))
            .UserErrors("publishDocument").ShouldBeEmpty();

        (await sick.AsHr("mutation($input: UpdateDocumentTypeInput!) { updateDocumentType(input: $input) { errors { code } } }",
            new { input = new { documentTypeId = typeId, name = "Overleg", visibleToEmployee = true, response = "NONE" } })).UserErrors("updateDocumentType").ShouldBeEmpty();

        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(0);
        var noteType = await sick.Employer.DocumentTypeIdAsync(DefaultDocumentTypes.CaseManagerNote);
        (await sick.AsHr("mutation($input: UpdateDocumentTypeInput!) { updateDocumentType(input: $input) { errors { code field } } }",
            new { input = new { documentTypeId = noteType, name = "Notitie casemanager", visibleToEmployee = true, response = "NONE" } }))
            .UserErrors("updateDocumentType").ShouldBe(["INVALID_VALUE@input.visibleToEmployee"]);
    }
}
