using System.Net;

namespace Verzuim.Accounts.Tests.EmployerUsers;

[Collection(AccountsApiCollection.Name)]
public sealed class EmployerUserTests(VerzuimApiFactory api)
{
    private const string Create = """
        mutation($input: CreateEmployerUserInput!) { createEmployerUser(input: $input) { employerUser { id name role active } errors { code field } } }
        """;

    private const string Deactivate = """
        mutation($input: EmployerUserIdInput!) { deactivateEmployerUser(input: $input) { employerUser { active } errors { code field } } }
        """;

    [Fact]
    public async Task A_new_employer_user_chooses_a_password_from_the_mail_and_a_deactivated_one_is_out_at_once()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var email = $"hr2-{Guid.NewGuid():N}@werkgever.test";
        var created = await employer.AsHr(Create, new { input = new { name = "Bram de Boer", email, role = "HR" } });
        var id = created.Payload("createEmployerUser").GetProperty("employerUser").GetProperty("id").GetString();
        var token = MailLinks.Token(await api.Smtp.WaitForMailAsync(email, "account"), "wachtwoord-herstellen");
        await api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = TestEmployer.Password } });
        var session = await TestEmployer.LogInAsync(api.GraphQL(), email, TestEmployer.Password);

        var deactivated = await employer.AsHr(Deactivate, new { input = new { employerUserId = id } });

        deactivated.Payload("deactivateEmployerUser").GetProperty("employerUser").GetProperty("active").GetBoolean().ShouldBeFalse();
        (await api.GraphQL().SendAsync(Gql.Me, token: session)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GraphQL().SendAsync(Gql.Login, new { input = new { email, password = TestEmployer.Password } })).UserErrors("login").ShouldBe(["INVALID_CREDENTIALS"]);
    }

    [Fact]
    public async Task HR_pages_through_the_employers_users_newest_first()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        foreach (var name in new[] { "Anna Smit", "Bram de Boer" })
        {
            var email = $"{name.Split(' ')[0].ToLowerInvariant()}-{Guid.NewGuid():N}@werkgever.test";
            (await employer.AsHr(Create, new { input = new { name, email, role = "CASE_MANAGER" } })).UserErrors("createEmployerUser").ShouldBeEmpty();
        }
        const string List = """
            query($after: String) { employerUsers(first: 2, after: $after) {
              edges { cursor node { id name email role active createdAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """;

        var first = (await employer.AsHr(List)).Data.GetProperty("employerUsers");
        var second = (await employer.AsHr(List, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Data.GetProperty("employerUsers");

        var firstNodes = first.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node")).ToList();
        firstNodes.Select(node => node.GetProperty("name").GetString()).ShouldBe(["Bram de Boer", "Anna Smit"]);
        firstNodes.ShouldAllBe(node => node.GetProperty("role").GetString() == "CASE_MANAGER" && node.GetProperty("active").GetBoolean());
        firstNodes[1].GetProperty("email").GetString()!.ShouldStartWith("anna-");
        firstNodes.ShouldAllBe(node => node.GetProperty("createdAt").GetDateTimeOffset() >= before);
        first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();
        first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeFalse();
        first.GetProperty("pageInfo").GetProperty("startCursor").GetString().ShouldBe(first.GetProperty("edges")[0].GetProperty("cursor").GetString());
        var last = second.GetProperty("edges").EnumerateArray().Single().GetProperty("node");
        last.GetProperty("email").GetString().ShouldBe(employer.HrEmail);
        second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
        second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_cannot_get_a_second_one()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var created = await employer.AsHr(Create, new { input = new { name = "Dubbel", email = employer.HrEmail.ToUpperInvariant(), role = "HR" } });

        created.UserErrors("createEmployerUser").ShouldBe(["EMAIL_ALREADY_REGISTERED@input.email"]);
    }

    [Fact]
    public async Task HR_cannot_deactivate_themselves()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var me = await employer.AsHr(Gql.Me);

        var response = await employer.AsHr(Deactivate, new { input = new { employerUserId = me.Data.GetProperty("me").GetProperty("id").GetString() } });

        response.UserErrors("deactivateEmployerUser").ShouldBe(["CANNOT_DEACTIVATE_SELF@input.employerUserId"]);
    }
}
