using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Tests.Idempotency;

[Collection(DossiersApiCollection.Name)]
public sealed class IdempotencyTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task A_publication_sent_again_with_its_key_returns_the_first_document_and_a_different_request_with_it_is_refused()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(), "plan.pdf");
        var typeId = await sick.Employer.DocumentTypeIdAsync(DefaultDocumentTypes.PlanOfAction);
        var input = new { dossierId = sick.DossierId, documentTypeId = typeId, title = "Plan", uploadId = upload.Id, idempotencyKey = "publicatie-1" };

        var first = await sick.AsHr(DossierCalls.Publish, new { input });
        var again = await sick.AsHr(DossierCalls.Publish, new { input });
        var other = await sick.AsHr(DossierCalls.Publish, new { input = input with { title = "Ander plan" } });

        again.UserErrors("publishDocument").ShouldBeEmpty();
        again.Document("publishDocument").GetProperty("id").GetString().ShouldBe(first.Document("publishDocument").GetProperty("id").GetString());
        other.UserErrors("publishDocument").ShouldBe(["IDEMPOTENCY_KEY_REUSED@input.idempotencyKey"]);
        (await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_document_type_added_again_with_its_key_is_the_first_one_and_not_a_duplicate_name()
    {
        var sick = await SickCase.CreateAsync(api);
        const string add = "mutation($input: AddDocumentTypeInput!) { addDocumentType(input: $input) { documentType { id } errors { code field } } }";
        var input = new { name = "Verslag bedrijfsarts", visibleToEmployee = true, response = "ACKNOWLEDGEMENT", idempotencyKey = "type-1" };

        var first = await sick.AsHr(add, new { input });
        var again = await sick.AsHr(add, new { input });
        var withoutKey = await sick.AsHr(add, new { input = input with { idempotencyKey = (string)null! } });

        again.UserErrors("addDocumentType").ShouldBeEmpty();
        again.Payload("addDocumentType").GetProperty("documentType").GetProperty("id").GetString()
            .ShouldBe(first.Payload("addDocumentType").GetProperty("documentType").GetProperty("id").GetString());
        withoutKey.UserErrors("addDocumentType").ShouldBe(["DUPLICATE_NAME@input.name"]);
    }

    [Fact]
    public async Task A_zienswijze_file_sent_again_under_a_new_upload_with_its_key_is_one_zienswijze()
    {
        var sick = await SickCase.CreateAsync(api);
        var firstUpload = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "zienswijze.pdf");
        var secondUpload = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "zienswijze.pdf");

        var first = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, uploadId = firstUpload.Id, idempotencyKey = "formulier-7" } });
        var again = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, uploadId = secondUpload.Id, idempotencyKey = "formulier-7" } });

        again.Document("addViewpoint").GetProperty("id").GetString().ShouldBe(first.Document("addViewpoint").GetProperty("id").GetString());
        (await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("", "REQUIRED@input.idempotencyKey")]
    [InlineData("101", "TOO_LONG@input.idempotencyKey")]
    public async Task An_empty_or_overlong_key_is_refused(string key, string error)
    {
        var sick = await SickCase.CreateAsync(api);
        var idempotencyKey = key == "101" ? new string('k', 101) : key;
        (await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Hallo", idempotencyKey } }))
            .UserErrors("sendDossierMessage").ShouldBe([error]);
    }

    [Fact]
    public async Task A_message_key_used_for_another_message_is_refused()
    {
        var sick = await SickCase.CreateAsync(api);
        var first = await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Eerste bericht", idempotencyKey = "bericht-1" } });
        var other = await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Tweede bericht", idempotencyKey = "bericht-1" } });

        first.UserErrors("sendDossierMessage").ShouldBeEmpty();
        other.UserErrors("sendDossierMessage").ShouldBe(["IDEMPOTENCY_KEY_REUSED@input.idempotencyKey"]);
    }
}
