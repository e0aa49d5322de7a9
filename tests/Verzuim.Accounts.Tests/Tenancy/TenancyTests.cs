using System.Net;

namespace Verzuim.Accounts.Tests.Tenancy;

/// <summary>SECURITY, "Authorization and tenancy": callers see their own employer only; employees only themselves.</summary>
[Collection(AccountsApiCollection.Name)]
public sealed class TenancyTests(VerzuimApiFactory api)
{
    private const string Node = "query($id: ID!) { node(id: $id) { id } }";

    [Fact]
    public async Task An_employer_user_sees_and_changes_nothing_of_another_employer()
    {
        var ours = await TestEmployer.CreateAsync(api);
        var theirs = await TestEmployer.CreateAsync(api);
        var theirEmployee = await theirs.AddEmployeeAsync();
        await theirs.InviteAsync(theirEmployee);
        var theirInvitation = await theirs.InvitationIdAsync(theirEmployee);

        var node = await ours.AsHr(Node, new { id = theirEmployee.Id });
        var invite = await ours.AsHr(Gql.InviteEmployee, new { input = new { employeeId = theirEmployee.Id } });
        var resend = await ours.AsHr(Gql.ResendInvitation, new { input = new { invitationId = theirInvitation } });
        var revoke = await ours.AsHr(Gql.RevokeInvitation, new { input = new { invitationId = theirInvitation } });
        var list = await ours.AsHr("{ employees(first: 100) { edges { node { id } } } }");

        node.Data.GetProperty("node").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        invite.UserErrors("inviteEmployee").ShouldBe(["NOT_FOUND@input.employeeId.0"]);
        resend.UserErrors("resendInvitation").ShouldBe(["NOT_FOUND@input.invitationId"]);
        revoke.UserErrors("revokeInvitation").ShouldBe(["NOT_FOUND@input.invitationId"]);
        list.Data.GetProperty("employees").GetProperty("edges").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_foreign_id_a_malformed_id_and_a_missing_id_get_the_same_answer()
    {
        var ours = await TestEmployer.CreateAsync(api);
        var theirs = await TestEmployer.CreateAsync(api);
        var theirEmployee = await theirs.AddEmployeeAsync();
        await theirs.InviteAsync(theirEmployee);
        var foreign = await theirs.InvitationIdAsync(theirEmployee);
        var missing = Verzuim.BuildingBlocks.Identifiers.GlobalId.Encode("Invitation", Guid.NewGuid());

        var answers = new List<string>();
        foreach (var id in new[] { foreign, missing, "not-base64!", "", new string('A', 5000), "RW1wbG95ZWU6bm90LWEtZ3VpZA" })
        {
            var response = await ours.AsHr(Gql.RevokeInvitation, new { input = new { invitationId = id } });
            response.Status.ShouldBe(HttpStatusCode.OK);
            answers.Add(response.Payload("revokeInvitation").ToString());
        }

        answers.Distinct().Count().ShouldBe(1);
        answers[0].ShouldContain("NOT_FOUND");
    }

    [Fact]
    public async Task An_employee_sees_only_themselves()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var sanne = await employer.AddEmployeeAsync();
        var colleague = await employer.AddEmployeeAsync(firstName: "Ahmed");
        var session = await employer.RegisterAsync(sanne);

        var self = await api.GraphQL().SendAsync(Node, new { id = sanne.Id }, session);
        var other = await api.GraphQL().SendAsync(Node, new { id = colleague.Id }, session);
        var list = await api.GraphQL().SendAsync("{ employees { edges { node { id } } } }", token: session);
        var invitations = await api.GraphQL().SendAsync(Gql.Invitations, token: session);

        self.Data.GetProperty("node").GetProperty("id").GetString().ShouldBe(sanne.Id);
        other.Data.GetProperty("node").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        list.Status.ShouldBe(HttpStatusCode.Forbidden);
        list.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        invitations.ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }

    [Fact]
    public async Task Anonymous_callers_reach_only_the_public_operations()
    {
        var employees = await api.GraphQL().SendAsync("{ employees { edges { cursor } } }");
        var invite = await api.GraphQL().SendAsync(Gql.InviteEmployee, new { input = new { employeeId = "x" } });
        var policy = await api.GraphQL().SendAsync("{ passwordPolicy { minLength } me { __typename } }");

        employees.Status.ShouldBe(HttpStatusCode.Unauthorized);
        invite.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        policy.Data.GetProperty("me").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_case_manager_invites_but_does_not_manage_users_clients_or_settings()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var email = $"cm-{Guid.NewGuid():N}@werkgever.test";
        await employer.AsHr("mutation($input: CreateEmployerUserInput!) { createEmployerUser(input: $input) { errors { code } } }",
            new { input = new { name = "Casus Manager", email, role = "CASE_MANAGER" } });
        var token = MailLinks.Token(await api.Smtp.WaitForMailAsync(email), "wachtwoord-herstellen");
        await api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = TestEmployer.Password } });
        var caseManager = await TestEmployer.LogInAsync(api.GraphQL(), email, TestEmployer.Password);
        var employee = await employer.AddEmployeeAsync();

        var invite = await api.GraphQL().SendAsync(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } }, caseManager);
        var clients = await api.GraphQL().SendAsync("{ apiClients { edges { cursor } } }", token: caseManager);
        var settings = await api.GraphQL().SendAsync("mutation { updateEmployerSettings(input: { invitationExpiryDays: 30 }) { errors { code } } }", token: caseManager);

        invite.UserErrors("inviteEmployee").ShouldBeEmpty();
        clients.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        settings.ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }
}
