namespace Verzuim.Accounts.Tests.Shared;

/// <summary>SECURITY.md, "Double submissions": a creating mutation sent again with its key creates nothing new.</summary>
[Collection(AccountsApiCollection.Name)]
public sealed class IdempotencyTests(VerzuimApiFactory api)
{
    private const string CreateApiClient = """
        mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key apiClient { id } errors { code field } } }
        """;

    private const string CreateEmployerUser = """
        mutation($input: CreateEmployerUserInput!) { createEmployerUser(input: $input) { employerUser { id } errors { code field } } }
        """;

    [Fact]
    public async Task A_retried_createApiClient_mints_no_second_key()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var input = new { name = "Salarisadministratie", scopes = new[] { "EMPLOYEES_READ" }, idempotencyKey = "client-1" };

        var first = (await employer.AsHr(CreateApiClient, new { input })).Payload("createApiClient");
        var retried = (await employer.AsHr(CreateApiClient, new { input })).Payload("createApiClient");
        var listed = await employer.AsHr("{ apiClients { edges { node { id } } } }");

        first.GetProperty("key").GetString().ShouldStartWith("vzk_");
        retried.GetProperty("apiClient").GetProperty("id").GetString().ShouldBe(first.GetProperty("apiClient").GetProperty("id").GetString());
        retried.GetProperty("key").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        listed.Data.GetProperty("apiClients").GetProperty("edges").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_copies_of_one_createApiClient_make_one_client()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var input = new { name = "Salarisadministratie", scopes = new[] { "EMPLOYEES_READ" }, idempotencyKey = "client-at-once" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => employer.AsHr(CreateApiClient, new { input })));
        var listed = await employer.AsHr("{ apiClients { edges { node { id } } } }");

        answers.Select(a => a.Payload("createApiClient").GetProperty("apiClient").GetProperty("id").GetString()).Distinct().Count().ShouldBe(1);
        answers.Count(a => a.Payload("createApiClient").GetProperty("key").ValueKind == System.Text.Json.JsonValueKind.String).ShouldBe(1);
        listed.Data.GetProperty("apiClients").GetProperty("edges").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_retried_inviteEmployees_answers_the_same_invitations_and_mails_once()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var first = await employer.AddEmployeeAsync();
        var second = await employer.AddEmployeeAsync();
        var input = new { employeeIds = new[] { first.Id, second.Id }, idempotencyKey = "batch-1" };

        var sent = await employer.AsHr(Gql.InviteEmployees, new { input });
        var retried = await employer.AsHr(Gql.InviteEmployees, new { input });
        await api.Smtp.WaitForMailAsync(second.Email, "Uitnodiging");
        await Database.WaitForOutboxAsync(api.ConnectionString);

        retried.UserErrors("inviteEmployees").ShouldBeEmpty();
        Ids(retried).ShouldBe(Ids(sent));
        Ids(sent).Count.ShouldBe(2);
        api.Smtp.MailsTo(first.Email, "Uitnodiging").Count.ShouldBe(1);
        api.Smtp.MailsTo(second.Email, "Uitnodiging").Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_retried_inviteEmployee_answers_the_invitation_instead_of_already_invited()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var input = new { employeeId = employee.Id, idempotencyKey = "one" };

        var sent = await employer.AsHr(Gql.InviteEmployee, new { input });
        var retried = await employer.AsHr(Gql.InviteEmployee, new { input });
        var withoutKey = await employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } });

        retried.UserErrors("inviteEmployee").ShouldBeEmpty();
        Ids(retried, "inviteEmployee").ShouldBe(Ids(sent, "inviteEmployee"));
        withoutKey.UserErrorCodes("inviteEmployee").ShouldBe(["ALREADY_INVITED"]);
    }

    [Fact]
    public async Task A_retried_createEmployerUser_answers_the_same_user_and_sends_one_activation_mail()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var email = $"cm-{Guid.NewGuid():N}@verzuim.test";
        var input = new { name = "Casus Manager", email, role = "CASE_MANAGER", idempotencyKey = "user-1" };

        var created = await employer.AsHr(CreateEmployerUser, new { input });
        var retried = await employer.AsHr(CreateEmployerUser, new { input });
        await api.Smtp.WaitForMailAsync(email);
        await Database.WaitForOutboxAsync(api.ConnectionString);

        retried.UserErrors("createEmployerUser").ShouldBeEmpty();
        retried.Payload("createEmployerUser").GetProperty("employerUser").GetProperty("id").GetString()
            .ShouldBe(created.Payload("createEmployerUser").GetProperty("employerUser").GetProperty("id").GetString());
        api.Smtp.MailsTo(email).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("", "REQUIRED")]
    [InlineData("x", "IDEMPOTENCY_KEY_REUSED")]
    public async Task A_key_is_never_empty_and_belongs_to_one_request(string secondKey, string code)
    {
        var employer = await TestEmployer.CreateAsync(api);
        await employer.AsHr(CreateApiClient, new { input = new { name = "Eerste", scopes = new[] { "EMPLOYEES_READ" }, idempotencyKey = "x" } });

        var second = await employer.AsHr(CreateApiClient, new { input = new { name = "Tweede", scopes = new[] { "EMPLOYEES_READ" }, idempotencyKey = secondKey } });
        var tooLong = await employer.AsHr(CreateEmployerUser, new { input = new { name = "A", email = "a@verzuim.test", role = "HR", idempotencyKey = new string('k', 101) } });

        second.UserErrors("createApiClient").ShouldBe([$"{code}@input.idempotencyKey"]);
        tooLong.UserErrors("createEmployerUser").ShouldBe(["TOO_LONG@input.idempotencyKey"]);
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var one = await TestEmployer.CreateAsync(api);
        var other = await TestEmployer.CreateAsync(api);
        var input = new { name = "Salaris", scopes = new[] { "EMPLOYEES_READ" }, idempotencyKey = "shared-key" };

        var mine = (await one.AsHr(CreateApiClient, new { input })).Payload("createApiClient");
        var theirs = (await other.AsHr(CreateApiClient, new { input })).Payload("createApiClient");

        theirs.GetProperty("key").GetString().ShouldNotBeNull();
        theirs.GetProperty("apiClient").GetProperty("id").GetString().ShouldNotBe(mine.GetProperty("apiClient").GetProperty("id").GetString());
    }

    private static List<string> Ids(GraphQLTestResponse response, string field = "inviteEmployees") =>
        [.. response.Payload(field).GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}
