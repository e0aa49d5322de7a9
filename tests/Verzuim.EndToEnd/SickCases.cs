using System.Net;

namespace Verzuim.EndToEnd;

/// <summary>A registered employee reported sick today, and documents HR publishes in the dossier, set up over GraphQL.</summary>
internal static class SickCases
{
    private const string ReportSick = "mutation($input: ReportSickInput!) { reportSick(input: $input) { absence { id } errors { code } } }";
    private const string Publish = "mutation($input: PublishDocumentInput!) { publishDocument(input: $input) { document { id } errors { code } } }";
    private const string SendMessage = "mutation($input: SendDossierMessageInput!) { sendDossierMessage(input: $input) { errors { code } } }";

    public static async Task<(TestEmployer Employer, TestEmployee Employee, string DossierId)> SickEmployeeAsync(this PortalFixture portal)
    {
        var employer = await TestEmployer.CreateAsync(portal.Api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.RegisterAsync(employee);
        var today = Verzuim.Dates.DutchDates.Today(portal.Clock).ToString("yyyy-MM-dd");
        var sick = await employer.Client.SendAsync(ReportSick, new
        {
            input = new { firstDay = today, hoursWorkedOnFirstDay = 0, safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false },
        }, token);
        sick.Payload("reportSick").GetProperty("errors").GetArrayLength().ShouldBe(0);
        await portal.Api.CatchUpAsync();
        var dossiers = await employer.Client.SendAsync("{ myDossiers { id } }", null, token);
        return (employer, employee, dossiers.Data.GetProperty("myDossiers")[0].GetProperty("id").GetString()!);
    }

    public static async Task PublishAsync(this PortalFixture portal, TestEmployer employer, string dossierId, string typeCode, string title, byte[] content, string fileName)
    {
        var upload = await portal.Api.UploadAsync(employer.HrToken, content, fileName);
        upload.Status.ShouldBe(HttpStatusCode.Created);
        var types = await employer.AsHr("{ documentTypes { id code } }");
        var typeId = types.Data.GetProperty("documentTypes").EnumerateArray().Single(t => t.GetProperty("code").GetString() == typeCode).GetProperty("id").GetString();
        var published = await employer.AsHr(Publish, new { input = new { dossierId, documentTypeId = typeId, title, uploadId = upload.Id } });
        published.Payload("publishDocument").GetProperty("errors").GetArrayLength().ShouldBe(0);
    }

    public static async Task SendMessageAsHrAsync(this TestEmployer employer, string dossierId, string body) =>
        (await employer.AsHr(SendMessage, new { input = new { dossierId, body } })).Payload("sendDossierMessage").GetProperty("errors").GetArrayLength().ShouldBe(0);
}
