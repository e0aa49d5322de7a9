using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Verzuim.Accounts.Tests.ApiClients;

[Collection(AccountsApiCollection.Name)]
public sealed class ApiClientTests(VerzuimApiFactory api)
{
    private const string Create = """
        mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key apiClient { id keyPrefix scopes } errors { code field } } }
        """;

    private const string Revoke = "mutation($input: ApiClientIdInput!) { revokeApiClient(input: $input) { apiClient { revokedAt } errors { code field } } }";

    private static object Employees(string key) => new
    {
        input = new
        {
            employees = new[]
            {
                new { externalKey = key, firstName = "Noor", lastName = "Bakker", email = $"noor.{key}@medewerker.test", dateOfBirth = "1994-11-02", employmentStart = "2022-02-01" },
            },
        },
    };

    private static async Task<(string Id, string Key)> CreateClientAsync(TestEmployer employer, params string[] scopes)
    {
        var created = await employer.AsHr(Create, new { input = new { name = "Salarisadministratie", scopes } });
        var payload = created.Payload("createApiClient");
        return (payload.GetProperty("apiClient").GetProperty("id").GetString()!, payload.GetProperty("key").GetString()!);
    }

    [Fact]
    public async Task A_payroll_client_upserts_employees_with_its_key_within_its_scope()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var (_, key) = await CreateClientAsync(employer, "EMPLOYEES_READ", "EMPLOYEES_WRITE");
        var externalKey = Guid.NewGuid().ToString("N")[..8];

        var first = await api.GraphQL().SendAsync(Gql.UpsertEmployees, Employees(externalKey), key);
        var again = await api.GraphQL().SendAsync(Gql.UpsertEmployees, Employees(externalKey), key);
        var found = await api.GraphQL().SendAsync("query($k: String!) { employeeByExternalKey(externalKey: $k) { displayName mobilePhone } }", new { k = externalKey }, key);

        first.Payload("upsertEmployees").GetProperty("created").GetInt32().ShouldBe(1);
        again.Payload("upsertEmployees").GetProperty("created").GetInt32().ShouldBe(0);
        again.Payload("upsertEmployees").GetProperty("updated").GetInt32().ShouldBe(1);
        found.Data.GetProperty("employeeByExternalKey").GetProperty("displayName").GetString().ShouldBe("Noor Bakker");
    }

    [Fact]
    public async Task A_client_without_the_scope_is_refused()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var (_, readOnly) = await CreateClientAsync(employer, "EMPLOYEES_READ");

        var write = await api.GraphQL().SendAsync(Gql.UpsertEmployees, Employees("x1"), readOnly);
        var invite = await api.GraphQL().SendAsync(Gql.InviteEmployee, new { input = new { employeeId = "x" } }, readOnly);
        var clients = await api.GraphQL().SendAsync("{ apiClients { edges { cursor } } }", token: readOnly);

        write.Status.ShouldBe(HttpStatusCode.Forbidden);
        write.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        invite.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        clients.ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }

    [Fact]
    public async Task A_client_sees_only_its_own_employers_employees()
    {
        var ours = await TestEmployer.CreateAsync(api);
        var theirs = await TestEmployer.CreateAsync(api);
        var theirEmployee = await theirs.AddEmployeeAsync();
        var (_, key) = await CreateClientAsync(ours, "EMPLOYEES_READ");

        var list = await api.GraphQL().SendAsync("{ employees(first: 100) { edges { node { id } } } }", token: key);
        var byKey = await api.GraphQL().SendAsync("query($k: String!) { employeeByExternalKey(externalKey: $k) { id } }", new { k = theirEmployee.ExternalKey }, key);

        list.Data.GetProperty("employees").GetProperty("edges").GetArrayLength().ShouldBe(0);
        byKey.Data.GetProperty("employeeByExternalKey").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_key_is_shown_once_stored_as_a_hash_and_stops_working_when_revoked()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var (id, key) = await CreateClientAsync(employer, "EMPLOYEES_READ");

        var listed = await employer.AsHr("{ apiClients { edges { cursor node { id keyPrefix createdAt } } pageInfo { hasNextPage endCursor } } }");
        var dump = await Database.DumpAccountsSchemaAsync(api.ConnectionString);
        var revoked = await employer.AsHr(Revoke, new { input = new { apiClientId = id } });
        var afterwards = await api.GraphQL().SendAsync(Gql.Me, token: key);

        key.ShouldStartWith("vzk_");
        System.Buffers.Text.Base64Url.DecodeFromChars(key.AsSpan(4)).Length.ShouldBeGreaterThanOrEqualTo(16);
        listed.Body.ToString().ShouldNotContain(key);
        var edge = listed.Data.GetProperty("apiClients").GetProperty("edges")[0];
        key.ShouldStartWith(edge.GetProperty("node").GetProperty("keyPrefix").GetString()!);
        edge.GetProperty("node").GetProperty("createdAt").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        listed.Data.GetProperty("apiClients").GetProperty("pageInfo").GetProperty("endCursor").GetString().ShouldBe(edge.GetProperty("cursor").GetString());
        listed.Data.GetProperty("apiClients").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
        dump.ShouldNotContain(key);
        dump.ShouldContain(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
        revoked.UserErrors("revokeApiClient").ShouldBeEmpty();
        afterwards.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_employers_client_cannot_be_revoked()
    {
        var ours = await TestEmployer.CreateAsync(api);
        var theirs = await TestEmployer.CreateAsync(api);
        var (theirId, theirKey) = await CreateClientAsync(theirs, "EMPLOYEES_READ");

        var revoked = await ours.AsHr(Revoke, new { input = new { apiClientId = theirId } });

        revoked.UserErrors("revokeApiClient").ShouldBe(["NOT_FOUND@input.apiClientId"]);
        (await api.GraphQL().SendAsync(Gql.Me, token: theirKey)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_needs_a_name_and_a_scope()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var created = await employer.AsHr(Create, new { input = new { name = "  ", scopes = Array.Empty<string>() } });

        created.UserErrors("createApiClient").ShouldBe(["REQUIRED@input.name", "REQUIRED@input.scopes"]);
    }
}
