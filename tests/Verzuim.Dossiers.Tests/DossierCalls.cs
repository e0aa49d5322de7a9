using System.Net;
using System.Text.Json;
using System.Text;
using Verzuim.BuildingBlocks;
using Verzuim.Dates;

namespace Verzuim.Dossiers.Tests;

/// <summary>The Dossiers operations as clients send them: GraphQL for everything but file bodies, which go over plain HTTP.</summary>
public static class DossierCalls
{
    public const string DocumentFields =
        "id title status author authorName askedResponse text regardingDocumentId firstOpenedAt type { id code name visibleToEmployee response } "
        + "file { name contentType size sha256 contentPath } response { kind at comment }";

    public const string DocumentPayload = $"document {{ {DocumentFields} }} errors {{ code field message }}";
    public const string Publish = $"mutation($input: PublishDocumentInput!) {{ publishDocument(input: $input) {{ {DocumentPayload} }} }}";
    public const string Retract = $"mutation($input: RetractDocumentInput!) {{ retractDocument(input: $input) {{ {DocumentPayload} }} }}";
    public const string Acknowledge = $"mutation($input: AcknowledgeDocumentInput!) {{ acknowledgeDocument(input: $input) {{ {DocumentPayload} }} }}";
    public const string AddViewpoint = $"mutation($input: AddViewpointInput!) {{ addViewpoint(input: $input) {{ {DocumentPayload} }} }}";
    public const string SendMessage = "mutation($input: SendDossierMessageInput!) { sendDossierMessage(input: $input) { message { id from authorName body sentAt readAt } errors { code field } } }";
    public const string Documents = $"query($id: ID!) {{ dossier(id: $id) {{ id documents {{ {DocumentFields} }} }} }}";
    public const string Messages = "query($id: ID!) { dossier(id: $id) { id messages { id from authorName body readAt } counts { unreadMessages } } }";
    public const string Timeline = "query($id: ID!) { dossier(id: $id) { id timeline { kind on at title documentId upcoming } } }";
    public const string MyDossiers = "{ myDossiers { id status firstDay closedOn absenceIds counts { newDocuments awaitingResponse unreadMessages } } }";
    public const string DocumentTypes = "{ documentTypes { id code name visibleToEmployee response } }";
    public const string DashboardCounts = "{ dashboard { dossiers { newDocuments awaitingResponse unreadMessages } } }";
    public const string AccessLog = """
        query($employeeId: ID, $first: Int, $readByEmployee: Boolean) { dossierAccessLog(employeeId: $employeeId, first: $first, readByEmployee: $readByEmployee) { edges { cursor node {
          id at accessorName accessorRole onBehalfOfEmployerId employeeId dossierId what parts documentId documentTitle } } pageInfo { hasNextPage endCursor } } }
        """;

    private const string ReportSickMutation = "mutation($input: ReportSickInput!) { reportSick(input: $input) { absence { id } errors { code field } } }";
    private const string ReportRecoveredMutation = "mutation($input: ReportRecoveredInput!) { reportRecovered(input: $input) { absence { id } errors { code field } } }";

    public static DateOnly Today => DutchDates.Today(TimeProvider.System);

    /// <summary>A small but real PDF: the signature first, then filler, as a scanner's output would be.</summary>
    public static byte[] Pdf(int size = 2_000)
    {
        var content = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(content, 0);
        for (var i = 9; i < size; i++)
        {
            content[i] = (byte)('a' + i % 26);
        }
        return content;
    }

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>What a Windows program starts with: "MZ".</summary>
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static async Task<string> ReportSickAsync(this SignedInEmployee employee, DateOnly? firstDay = null)
    {
        var response = await employee.SendAsync(ReportSickMutation, new
        {
            input = new
            {
                firstDay = (firstDay ?? Today).ToString("yyyy-MM-dd"), hoursWorkedOnFirstDay = 0, contactPhone = "06 12345678",
                safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false,
            },
        });
        var absenceId = response.Payload("reportSick").GetProperty("absence").GetProperty("id").GetString() ?? throw new InvalidOperationException(response.Body.ToString());
        await employee.Employer.Api.CatchUpAsync();
        return absenceId;
    }

    public static async Task ReportRecoveredAsync(this SignedInEmployee employee, string absenceId, DateOnly recoveredOn)
    {
        var response = await employee.SendAsync(ReportRecoveredMutation, new { input = new { absenceId, recoveredOn = recoveredOn.ToString("yyyy-MM-dd") } });
        response.UserErrors("reportRecovered").ShouldBeEmpty();
        await employee.Employer.Api.CatchUpAsync();
    }

    /// <summary>An employer whose employees may report up to a year back, for histories of several absences.</summary>
    public static async Task<TestEmployer> EmployerWithLongWindowAsync(VerzuimApiFactory api)
    {
        var employer = await TestEmployer.CreateAsync(api);
        var window = new { daysBack = 365, daysForward = 14 };
        var response = await employer.AsHr("mutation($input: UpdateAbsenceSettingsInput!) { updateAbsenceSettings(input: $input) { errors { code field } } }", new
        {
            input = new
            {
                employeesMayReportSick = true, employeesMayReportRecovered = true, employeesMayReportPartialRecovery = false,
                employeeWindow = window, employerWindow = window, contacts = Array.Empty<object>(),
            },
        });
        response.UserErrors("updateAbsenceSettings").ShouldBeEmpty();
        return employer;
    }

    public static async Task<JsonElement[]> MyDossiersAsync(this SignedInEmployee employee) =>
        [.. (await employee.SendAsync(MyDossiers)).Data.GetProperty("myDossiers").EnumerateArray()];

    public static async Task<string> DocumentTypeIdAsync(this TestEmployer employer, string code) =>
        (await employer.AsHr(DocumentTypes)).Data.GetProperty("documentTypes").EnumerateArray()
            .Single(type => type.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;

    /// <summary>HR uploads a file and publishes it to the dossier as a document of the default type with this code.</summary>
    public static async Task<GraphQLTestResponse> PublishAsync(this SickCase sick, string typeCode, string title = "Plan van aanpak", byte[]? content = null, string fileName = "plan.pdf")
    {
        var upload = await sick.Api.UploadAsync(sick.Employer.HrToken, content ?? Pdf(), fileName);
        upload.Status.ShouldBe(HttpStatusCode.Created, upload.Body.ToString());
        return await sick.Employer.AsHr(Publish, new
        {
            input = new { dossierId = sick.DossierId, documentTypeId = await sick.Employer.DocumentTypeIdAsync(typeCode), title, uploadId = upload.Id },
        });
    }

    public static async Task<string> PublishedIdAsync(this SickCase sick, string typeCode, string title = "Plan van aanpak") =>
        (await sick.PublishAsync(typeCode, title)).Payload("publishDocument").GetProperty("document").GetProperty("id").GetString()!;

    public static JsonElement Document(this GraphQLTestResponse response, string operation) => response.Payload(operation).GetProperty("document");
}

/// <summary>An employee who reported sick, with the dossier that opened for it.</summary>
public sealed record SickCase(VerzuimApiFactory Api, SignedInEmployee Person, string AbsenceId, string DossierId)
{
    public TestEmployer Employer => Person.Employer;

    public static async Task<SickCase> CreateAsync(VerzuimApiFactory api, TestEmployer? employer = null)
    {
        var person = await SignedInEmployee.CreateAsync(api, employer);
        var absenceId = await person.ReportSickAsync();
        var dossier = (await person.MyDossiersAsync()).Single();
        return new SickCase(api, person, absenceId, dossier.GetProperty("id").GetString()!);
    }

    public Task<GraphQLTestResponse> AsEmployee(string query, object? variables = null) => Person.SendAsync(query, variables);

    public Task<GraphQLTestResponse> AsHr(string query, object? variables = null) => Employer.AsHr(query, variables);
}
