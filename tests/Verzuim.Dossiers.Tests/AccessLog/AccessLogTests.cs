using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Tests.AccessLog;

[Collection(DossiersApiCollection.Name)]
public sealed class AccessLogTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task Every_read_of_content_leaves_exactly_one_entry_and_lists_leave_none()
    {
        var sick = await SickCase.CreateAsync(api);
        var published = (await sick.PublishAsync(DefaultDocumentTypes.PlanOfAction)).Document("publishDocument");
        (await EntriesAsync(sick)).ShouldBeEmpty();

        await sick.Person.MyDossiersAsync();
        await sick.AsEmployee(DossierCalls.DashboardCounts);
        (await EntriesAsync(sick)).ShouldBeEmpty();

        await sick.AsEmployee("query($id: ID!) { dossier(id: $id) { id documents { id } timeline { kind } messages { id } } }", new { id = sick.DossierId });
        var afterDetail = await EntriesAsync(sick);
        afterDetail.Count.ShouldBe(1);
        afterDetail[0].GetProperty("what").GetString().ShouldBe("DOSSIER");
        afterDetail[0].GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["documents", "timeline", "messages"]);
        afterDetail[0].GetProperty("accessorRole").GetString().ShouldBe("EMPLOYEE");
        afterDetail[0].GetProperty("onBehalfOfEmployerId").ValueKind.ShouldBe(JsonValueKind.Null);

        await sick.AsEmployee(DossierCalls.Messages, new { id = sick.DossierId });
        (await EntriesAsync(sick)).Count.ShouldBe(2);
        (await EntriesAsync(sick))[0].GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["messages"]);

        using (var download = await api.DownloadAsync(sick.Person.Token, published.GetProperty("file").GetProperty("contentPath").GetString()!))
        {
            await download.Content.ReadAsByteArrayAsync();
        }
        var afterDownload = await EntriesAsync(sick);
        afterDownload.Count.ShouldBe(3);
        afterDownload[0].GetProperty("what").GetString().ShouldBe("DOCUMENT");
        afterDownload[0].GetProperty("documentTitle").GetString().ShouldBe("Plan van aanpak");
        afterDownload[0].GetProperty("documentId").GetString().ShouldBe(published.GetProperty("id").GetString());

        await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId });
        var afterHr = await EntriesAsync(sick);
        afterHr.Count.ShouldBe(4);
        afterHr[0].GetProperty("accessorRole").GetString().ShouldBe("HR");
        afterHr[0].GetProperty("accessorName").GetString().ShouldNotBeNullOrEmpty();
        afterHr[0].GetProperty("onBehalfOfEmployerId").GetString().ShouldNotBeNullOrEmpty();
        afterHr[0].GetProperty("employeeId").GetString().ShouldBe(sick.Person.Employee.Id);
    }

    [Fact]
    public async Task The_log_leaves_out_the_employee_s_own_reads_or_shows_only_those_when_asked()
    {
        var sick = await SickCase.CreateAsync(api);
        await sick.AsEmployee(DossierCalls.Messages, new { id = sick.DossierId });
        await sick.AsHr(DossierCalls.Documents, new { id = sick.DossierId });

        static IEnumerable<string?> Roles(GraphQLTestResponse response) =>
            response.Data.GetProperty("dossierAccessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("accessorRole").GetString());

        Roles(await sick.AsEmployee(DossierCalls.AccessLog, new { first = 10, readByEmployee = false })).ShouldBe(["HR"]);
        Roles(await sick.AsEmployee(DossierCalls.AccessLog, new { first = 10, readByEmployee = true })).ShouldBe(["EMPLOYEE"]);
        Roles(await sick.AsEmployee(DossierCalls.AccessLog, new { first = 10 })).ShouldBe(["HR", "EMPLOYEE"]);
        Roles(await sick.AsHr(DossierCalls.AccessLog, new { employeeId = sick.Person.Employee.Id, first = 10, readByEmployee = true })).ShouldBe(["EMPLOYEE"]);
    }

    [Fact]
    public async Task A_dossier_opened_without_content_fields_is_not_a_read_of_content()
    {
        var sick = await SickCase.CreateAsync(api);
        await sick.AsEmployee("query($id: ID!) { dossier(id: $id) { id status counts { newDocuments } } }", new { id = sick.DossierId });
        (await EntriesAsync(sick)).ShouldBeEmpty();
    }

    [Fact]
    public async Task HR_reads_its_employers_log_and_nobody_reads_another_employers()
    {
        var sick = await SickCase.CreateAsync(api);
        var other = await SickCase.CreateAsync(api);
        await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId });
        await other.AsEmployee(DossierCalls.Documents, new { id = other.DossierId });

        var hr = await sick.AsHr(DossierCalls.AccessLog, new { employeeId = (string?)null, first = 100 });
        var edge = hr.Data.GetProperty("dossierAccessLog").GetProperty("edges").EnumerateArray().Single();
        edge.GetProperty("node").GetProperty("dossierId").GetString().ShouldBe(sick.DossierId);
        edge.GetProperty("node").GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
        hr.Data.GetProperty("dossierAccessLog").GetProperty("pageInfo").GetProperty("endCursor").GetString().ShouldBe(edge.GetProperty("cursor").GetString());
        hr.Data.GetProperty("dossierAccessLog").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
        (await other.AsEmployee(DossierCalls.AccessLog, new { first = 100 })).Data.GetProperty("dossierAccessLog").GetProperty("edges").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_log_has_no_mutation_and_the_database_refuses_changes_to_it()
    {
        var sick = await SickCase.CreateAsync(api);
        await sick.AsEmployee(DossierCalls.Documents, new { id = sick.DossierId });

        var mutations = await sick.AsHr("{ __schema { mutationType { fields { name } } } }");
        mutations.Data.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!).ShouldNotContain(name => name.Contains("access", StringComparison.OrdinalIgnoreCase));

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DossiersDbContext>();
        var update = () => db.Database.ExecuteSqlRawAsync("UPDATE dossiers.access_log SET accessor_name = 'iemand anders'");
        var delete = () => db.Database.ExecuteSqlRawAsync("DELETE FROM dossiers.access_log");
        (await Should.ThrowAsync<PostgresException>(update)).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await Should.ThrowAsync<PostgresException>(delete)).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await EntriesAsync(sick)).Count.ShouldBe(1);
    }

    private static async Task<IReadOnlyList<JsonElement>> EntriesAsync(SickCase sick)
    {
        var log = await sick.AsEmployee(DossierCalls.AccessLog, new { first = 100 });
        return [.. log.Data.GetProperty("dossierAccessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];
    }
}
