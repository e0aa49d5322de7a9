using System.Security.Cryptography;
using System.Text;

namespace Verzuim.Accounts.Tests.Invitations;

[Collection(AccountsApiCollection.Name)]
public sealed class InvitationManagementTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task Up_to_five_hundred_employees_are_invited_in_one_request_and_each_gets_a_mail()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employees = new List<TestEmployee>();
        for (var i = 0; i < 3; i++)
        {
            employees.Add(await employer.AddEmployeeAsync());
        }

        var invited = await employer.AsHr(Gql.InviteEmployees, new { input = new { employeeIds = employees.Select(e => e.Id).ToArray() } });

        invited.UserErrors("inviteEmployees").ShouldBeEmpty();
        invited.Payload("inviteEmployees").GetProperty("invitations").GetArrayLength().ShouldBe(3);
        foreach (var employee in employees)
        {
            (await api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging")).Subject!.ShouldContain(employer.Name);
        }
    }

    [Fact]
    public async Task A_bulk_invitation_with_one_bad_entry_invites_nobody_and_names_each_problem()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var fine = await employer.AddEmployeeAsync();
        var registered = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(registered);

        var invited = await employer.AsHr(Gql.InviteEmployees, new { input = new { employeeIds = new[] { fine.Id, registered.Id, fine.Id, "bm90LWFuLWlk" } } });

        invited.UserErrors("inviteEmployees").ShouldBe(
        [
            "ALREADY_REGISTERED@input.employeeIds.1",
            "DUPLICATE@input.employeeIds.2",
            "NOT_FOUND@input.employeeIds.3",
        ]);
        var list = await employer.AsHr(Gql.Invitations, new { status = "PENDING" });
        list.Data.GetProperty("invitations").GetProperty("edges").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task More_than_five_hundred_at_once_is_refused()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var invited = await employer.AsHr(Gql.InviteEmployees, new { input = new { employeeIds = Enumerable.Repeat("x", 501).ToArray() } });

        invited.UserErrors("inviteEmployees").ShouldBe(["TOO_MANY@input.employeeIds"]);
    }

    [Fact]
    public async Task An_employee_with_an_open_invitation_is_not_invited_twice_even_at_the_same_moment()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();

        var both = await Task.WhenAll(
            employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } }),
            employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } }));
        var later = await employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } });

        both.Count(response => response.UserErrors("inviteEmployee").Count == 0).ShouldBe(1);
        both.SelectMany(response => response.UserErrorCodes("inviteEmployee")).ShouldAllBe(code => code == "ALREADY_INVITED" || code == "CONFLICT");
        later.UserErrors("inviteEmployee").ShouldBe(["ALREADY_INVITED@input.employeeId.0"]);
    }

    [Fact]
    public async Task A_resend_gives_a_new_link_and_the_old_one_stops_working()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var oldToken = await employer.InviteAsync(employee);

        var resent = await employer.AsHr(Gql.ResendInvitation, new { input = new { invitationId = await employer.InvitationIdAsync(employee) } });
        var newToken = MailLinks.Token(await api.Smtp.WaitForNextMailAsync(employee.Email, "Uitnodiging", seen: 1), "uitnodiging");

        resent.UserErrors("resendInvitation").ShouldBeEmpty();
        newToken.ShouldNotBe(oldToken);
        var listed = await employer.AsHr("""
            { invitations(first: 10) { edges { cursor node { id createdAt lastSentAt expiresAt employee { id } } } pageInfo { hasNextPage endCursor } } }
            """);
        var edge = listed.Data.GetProperty("invitations").GetProperty("edges").EnumerateArray().Single();
        var invitation = edge.GetProperty("node");
        invitation.GetProperty("employee").GetProperty("id").GetString().ShouldBe(employee.Id);
        invitation.GetProperty("lastSentAt").GetDateTimeOffset().ShouldBeGreaterThan(invitation.GetProperty("createdAt").GetDateTimeOffset());
        invitation.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(invitation.GetProperty("lastSentAt").GetDateTimeOffset().AddDays(14), TimeSpan.FromMinutes(1));
        listed.Data.GetProperty("invitations").GetProperty("pageInfo").GetProperty("endCursor").GetString().ShouldBe(edge.GetProperty("cursor").GetString());
        (await Validate(oldToken, employee)).ShouldBe(["INVITATION_INVALID"]);
        (await Validate(newToken, employee)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_resend_lifts_a_block()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await api.GraphQL().SendAsync(Gql.ValidateInvitation, new { input = new { token, email = employee.Email, dateOfBirth = "1980-01-01" } });
        }

        await employer.AsHr(Gql.ResendInvitation, new { input = new { invitationId = await employer.InvitationIdAsync(employee) } });

        (await Validate(MailLinks.Token(await api.Smtp.WaitForNextMailAsync(employee.Email, "Uitnodiging", seen: 1), "uitnodiging"), employee)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_revoked_invitation_stops_working_and_cannot_be_resent()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);
        var id = await employer.InvitationIdAsync(employee);

        var revoked = await employer.AsHr(Gql.RevokeInvitation, new { input = new { invitationId = id } });
        var resent = await employer.AsHr(Gql.ResendInvitation, new { input = new { invitationId = id } });

        revoked.Payload("revokeInvitation").GetProperty("invitation").GetProperty("status").GetString().ShouldBe("REVOKED");
        (await Validate(token, employee)).ShouldBe(["INVITATION_INVALID"]);
        resent.UserErrors("resendInvitation").ShouldBe(["INVITATION_CLOSED@input.invitationId"]);
    }

    [Fact]
    public async Task A_token_belongs_to_one_employee_only()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var sanne = await employer.AddEmployeeAsync();
        var piet = await employer.AddEmployeeAsync(firstName: "Piet", dateOfBirth: new DateOnly(1985, 7, 1));
        var sannesToken = await employer.InviteAsync(sanne);
        await employer.InviteAsync(piet);

        (await Validate(sannesToken, piet)).ShouldBe(["INVITATION_INVALID"]);
    }

    [Fact]
    public async Task Links_are_built_from_the_configured_portal_address_never_from_the_request()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = Gql.InviteEmployee, variables = new { input = new { employeeId = employee.Id } } }),
        };
        request.Headers.Host = "phishing.example";
        request.Headers.Add("X-Forwarded-Host", "phishing.example");
        request.Headers.Authorization = new("Bearer", employer.HrToken);

        await api.CreateClient().SendAsync(request);
        var mail = await api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging");

        mail.TextBody!.ShouldContain(VerzuimApiFactory.PortalUrl + "/uitnodiging/vzi_");
        mail.HtmlBody!.ShouldNotContain("phishing");
    }

    [Fact]
    public async Task An_invitation_token_has_256_random_bits_and_only_its_hash_is_stored()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);
        await Database.WaitForOutboxAsync(api.ConnectionString);

        System.Buffers.Text.Base64Url.DecodeFromChars(token.AsSpan(4)).Length.ShouldBe(32);
        var dump = await Database.DumpAccountsSchemaAsync(api.ConnectionString);
        dump.ShouldNotContain(token);
        dump.ShouldContain(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
    }

    private async Task<IReadOnlyList<string>> Validate(string token, TestEmployee employee) =>
        (await api.GraphQL().SendAsync(Gql.ValidateInvitation,
            new { input = new { token, email = employee.Email, dateOfBirth = employee.DateOfBirth.ToString("yyyy-MM-dd") } })).UserErrorCodes("validateInvitation");
}
