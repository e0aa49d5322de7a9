using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Files;

namespace Verzuim.Dossiers.Tests.Uploads;

[Collection(DossiersApiCollection.Name)]
public sealed class UploadTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task An_executable_renamed_to_pdf_is_refused_by_its_content_and_nothing_is_stored()
    {
        var sick = await SickCase.CreateAsync(api);
        var files = await FileCountAsync();

        var upload = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Executable(), "plan-van-aanpak.pdf");

        upload.Status.ShouldBe(HttpStatusCode.BadRequest);
        upload.ErrorCodes.ShouldBe(["UNSUPPORTED_FILE_TYPE"]);
        upload.Body.GetProperty("errors")[0].GetProperty("field")[0].GetString().ShouldBe("file");
        (await FileCountAsync()).ShouldBe(files);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Person.Token, [], "leeg.pdf");
        upload.Status.ShouldBe(HttpStatusCode.BadRequest);
        upload.ErrorCodes.ShouldBe(["EMPTY_FILE"]);
    }

    [Fact]
    public async Task Ten_megabytes_are_taken_and_one_byte_more_is_refused()
    {
        var sick = await SickCase.CreateAsync(api);
        const int tenMegabytes = 10 * 1024 * 1024;

        var exactly = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(tenMegabytes), "groot.pdf");
        var tooLarge = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(tenMegabytes + 1), "te-groot.pdf");

        exactly.Status.ShouldBe(HttpStatusCode.Created);
        exactly.Upload.GetProperty("size").GetInt64().ShouldBe(tenMegabytes);
        tooLarge.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.ErrorCodes.ShouldBe(["FILE_TOO_LARGE"]);
    }

    [Fact]
    public async Task One_account_keeps_at_most_twenty_unused_uploads()
    {
        var sick = await SickCase.CreateAsync(api);
        var prefix = Guid.NewGuid().ToString("N");
        for (var upload = 0; upload < ReceiveUpload.MaxPending; upload++)
        {
            (await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), $"{prefix}-{upload}.pdf")).Status.ShouldBe(HttpStatusCode.Created);
        }

        var oneMore = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "nog-een.pdf");
        var someoneElse = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(), "hr.pdf");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            // A day later, unused uploads have expired and no longer count.
            await scope.ServiceProvider.GetRequiredService<DossiersDbContext>().Database.ExecuteSqlAsync(
                $"UPDATE dossiers.uploads SET created_at = created_at - interval '25 hours' WHERE file_file_name LIKE {prefix + "-%"}");
        }
        var aDayLater = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "morgen.pdf");

        oneMore.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        oneMore.ErrorCodes.ShouldBe(["TOO_MANY_PENDING_UPLOADS"]);
        someoneElse.Status.ShouldBe(HttpStatusCode.Created);
        aDayLater.Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task One_account_keeps_at_most_fifty_megabytes_of_unused_uploads_also_when_sent_at_once()
    {
        var sick = await SickCase.CreateAsync(api);
        const int nineMegabytes = 9 * 1024 * 1024;

        var replies = await Task.WhenAll(Enumerable.Range(0, 7).Select(i => api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(nineMegabytes), $"groot-{i}.pdf")));

        replies.Count(reply => reply.Status == HttpStatusCode.Created).ShouldBe(5);
        replies.Where(reply => reply.Status != HttpStatusCode.Created).SelectMany(reply => reply.ErrorCodes).Distinct().ShouldBe(["TOO_MANY_PENDING_UPLOADS"]);
    }

    [Fact]
    public async Task An_upload_sent_twice_with_one_idempotency_key_is_stored_once()
    {
        var sick = await SickCase.CreateAsync(api);
        var files = await FileCountAsync();

        var first = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "herstelplan.pdf", "upload-1");
        var again = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "herstelplan.pdf", "upload-1");
        var otherFile = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(2000), "ander.pdf", "upload-1");

        first.Status.ShouldBe(HttpStatusCode.Created);
        again.Status.ShouldBe(HttpStatusCode.OK);
        again.Id.ShouldBe(first.Id);
        otherFile.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        otherFile.ErrorCodes.ShouldBe(["IDEMPOTENCY_KEY_REUSED"]);
        (await FileCountAsync()).ShouldBe(files + 1);
    }

    [Theory]
    [InlineData("../../../etc/plan.pdf", "plan.pdf")]
    [InlineData("..\\..\\Windows\\plan.pdf", "plan.pdf")]
    [InlineData("plan\u0000\u0007\u001b[31m\u202Efdp.exe.pdf", "plan[31mfdp.exe.pdf")]
    [InlineData("Zienswijze – Ünïcödé 日本語 🙂.pdf", "Zienswijze – Ünïcödé 日本語 🙂.pdf")]
    [InlineData("scan.png", "scan.pdf")]
    [InlineData("..pdf", "document.pdf")]
    public async Task File_names_are_made_safe_and_keep_their_letters(string uploaded, string stored)
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(), uploaded);
        upload.Status.ShouldBe(HttpStatusCode.Created);
        upload.Upload.GetProperty("fileName").GetString().ShouldBe(stored);
    }

    [Fact]
    public async Task A_name_of_300_characters_is_shortened_and_keeps_its_extension()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(), new string('a', 296) + ".pdf");
        var name = upload.Upload.GetProperty("fileName").GetString()!;
        name.Length.ShouldBe(120);
        name.ShouldEndWith(".pdf");
    }

    [Fact]
    public async Task A_download_is_streamed_with_no_store_and_a_safe_content_disposition()
    {
        var sick = await SickCase.CreateAsync(api);
        var content = DossierCalls.Pdf(300_000);
        var published = (await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction, "Plan", content, "Plan van aanpak – Jörg.pdf")).Document("publishDocument");

        using var download = await api.DownloadAsync(sick.Person.Token, published.GetProperty("file").GetProperty("contentPath").GetString()!);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(content);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var disposition = download.Content.Headers.ContentDisposition!;
        disposition.DispositionType.ShouldBe("attachment");
        disposition.FileNameStar.ShouldBe("Plan van aanpak – Jörg.pdf");
        disposition.FileName!.Trim('"').ShouldAllBe(c => c < 128);
    }

    [Fact]
    public async Task An_upload_is_used_once_and_only_by_the_account_that_sent_it()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Person.Token, DossierCalls.Pdf(), "zienswijze.pdf");
        var typeId = await sick.Employer.DocumentTypeIdAsync(DefaultDocumentTypes.PlanOfAction);
        var publish = new { input = new { dossierId = sick.DossierId, documentTypeId = typeId, title = "Plan", uploadId = upload.Id } };

        (await sick.AsHr(DossierCalls.Publish, publish)).UserErrors("publishDocument").ShouldBe(["NOT_FOUND@input.uploadId"]);

        var first = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, uploadId = upload.Id } });
        var second = await sick.AsEmployee(DossierCalls.AddViewpoint, new { input = new { dossierId = sick.DossierId, uploadId = upload.Id } });
        first.UserErrors("addViewpoint").ShouldBeEmpty();
        second.UserErrors("addViewpoint").ShouldBe(["NOT_FOUND@input.uploadId"]);
        (await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_same_upload_published_twice_at_once_makes_one_document()
    {
        var sick = await SickCase.CreateAsync(api);
        var upload = await api.UploadAsync(sick.Employer.HrToken, DossierCalls.Pdf(), "plan.pdf");
        var typeId = await sick.Employer.DocumentTypeIdAsync(DefaultDocumentTypes.PlanOfAction);
        var publish = new { input = new { dossierId = sick.DossierId, documentTypeId = typeId, title = "Plan", uploadId = upload.Id } };

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => sick.AsHr(DossierCalls.Publish, publish)));

        answers.ShouldAllBe(a => a.ErrorCodes.Count == 0);
        answers.Count(a => a.UserErrors("publishDocument").Count == 0).ShouldBe(1);
        answers.Where(a => a.UserErrors("publishDocument").Count > 0).ShouldAllBe(a => a.UserErrors("publishDocument").Single() == "NOT_FOUND@input.uploadId");
        (await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("documents").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_request_without_a_file_part_gets_a_typed_answer()
    {
        var sick = await SickCase.CreateAsync(api);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dossiers/uploads") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", sick.Person.Token);
        using var response = await api.CreateClient().SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync()).ShouldContain("INVALID_VALUE");
    }

    [Fact]
    public async Task A_multipart_body_cut_short_gets_a_typed_400()
    {
        var sick = await SickCase.CreateAsync(api);
        var body = "--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 en dan houdt het op";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dossiers/uploads") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grens");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", sick.Person.Token);

        using var response = await api.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("INVALID_VALUE");
    }

    private async Task<int> FileCountAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DossiersDbContext>();
        return await db.Set<FileContent>().CountAsync();
    }
}
