using System.Net;

namespace Verzuim.Accounts.Tests.Sessions;

[Collection(ClockedApiCollection.Name)]
public sealed class SessionLifetimeTests(ClockedApiFactory api)
{
    private Task<GraphQLTestResponse> Me(string token) => api.GraphQL().SendAsync(Gql.Me, token: token);

    [Fact]
    public async Task A_session_ends_after_thirty_minutes_without_use()
    {
        var employer = await TestEmployer.CreateAsync(api);

        api.Clock.Advance(TimeSpan.FromMinutes(29));
        (await Me(employer.HrToken)).Status.ShouldBe(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromMinutes(29));
        (await Me(employer.HrToken)).Status.ShouldBe(HttpStatusCode.OK);
        api.Clock.Advance(TimeSpan.FromMinutes(31));

        var idle = await Me(employer.HrToken);
        idle.Status.ShouldBe(HttpStatusCode.Unauthorized);
        idle.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task A_session_in_use_still_ends_twelve_hours_after_login()
    {
        var employer = await TestEmployer.CreateAsync(api);

        for (var minutes = 25; minutes < 12 * 60; minutes += 25)
        {
            api.Clock.Advance(TimeSpan.FromMinutes(25));
            (await Me(employer.HrToken)).Status.ShouldBe(HttpStatusCode.OK, $"after {minutes} minutes");
        }
        api.Clock.Advance(TimeSpan.FromMinutes(25));

        (await Me(employer.HrToken)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_password_change_gives_a_new_token_but_not_a_new_twelve_hours()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var loggedInAt = api.Clock.GetUtcNow();
        for (var minutes = 25; minutes <= 11 * 60; minutes += 25)
        {
            api.Clock.Advance(TimeSpan.FromMinutes(25));
            (await Me(employer.HrToken)).Status.ShouldBe(HttpStatusCode.OK);
        }

        var changed = await api.GraphQL().SendAsync(Gql.ChangePassword,
            new { input = new { currentPassword = TestEmployer.Password, newPassword = "Een heel ander lang wachtwoord 58" } }, employer.HrToken);

        var session = changed.Payload("changePassword").GetProperty("session");
        session.GetProperty("token").GetString().ShouldNotBe(employer.HrToken);
        var renewed = (await api.GraphQL().SendAsync("mutation($input: ChangePasswordInput!) { changePassword(input: $input) { session { token expiresAt } errors { code } } }",
            new { input = new { currentPassword = "Een heel ander lang wachtwoord 58", newPassword = "Nog weer een ander wachtwoord 59" } },
            session.GetProperty("token").GetString())).Payload("changePassword").GetProperty("session");
        renewed.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(loggedInAt + TimeSpan.FromHours(12), TimeSpan.FromMinutes(1));
        foreach (var _ in new[] { 675, 700 })
        {
            api.Clock.Advance(TimeSpan.FromMinutes(25));
            (await Me(renewed.GetProperty("token").GetString()!)).Status.ShouldBe(HttpStatusCode.OK);
        }
        api.Clock.Advance(TimeSpan.FromMinutes(25));
        (await Me(renewed.GetProperty("token").GetString()!)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_ends_the_session_for_real()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var other = await TestEmployer.LogInAsync(api.GraphQL(), employer.HrEmail, TestEmployer.Password);

        var logout = await api.GraphQL().SendAsync(Gql.Logout, token: employer.HrToken);

        logout.Payload("logout").GetProperty("success").GetBoolean().ShouldBeTrue();
        (await Me(employer.HrToken)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await Me(other)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_lockout_grows_with_each_failure_is_capped_and_never_permanent()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var waits = new List<int>();

        async Task<int?> Fail()
        {
            var response = await api.GraphQL().SendAsync(Gql.Login, new { input = new { email = employer.HrEmail, password = "not the password" } });
            var wait = response.Payload("login").GetProperty("retryAfterSeconds");
            return wait.ValueKind == System.Text.Json.JsonValueKind.Number ? wait.GetInt32() : null;
        }

        for (var failure = 0; failure < 3; failure++)
        {
            await Fail();
        }
        for (var locked = 0; locked < 6; locked++)
        {
            var wait = (await Fail())!.Value;
            waits.Add(wait);
            api.Clock.Advance(TimeSpan.FromSeconds(wait + 1));
            await Fail();
        }

        waits.ShouldBe([60, 120, 240, 480, 900, 900]);
        api.Clock.Advance(TimeSpan.FromMinutes(16));
        (await api.GraphQL().SendAsync(Gql.Login, new { input = new { email = employer.HrEmail, password = TestEmployer.Password } }))
            .UserErrors("login").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invitation_expires_after_the_employers_term_and_a_new_one_can_be_sent()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);

        api.Clock.Advance(TimeSpan.FromDays(14).Add(TimeSpan.FromMinutes(1)));
        var expired = await api.GraphQL().SendAsync(Gql.ValidateInvitation,
            new { input = new { token, email = employee.Email, dateOfBirth = "1990-03-14" } });
        var hr = await TestEmployer.LogInAsync(api.GraphQL(), employer.HrEmail, TestEmployer.Password);
        var statuses = await api.GraphQL().SendAsync(Gql.Invitations, new { status = "EXPIRED" }, hr);
        var again = await api.GraphQL().SendAsync(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } }, hr);

        expired.UserErrorCodes("validateInvitation").ShouldBe(["INVITATION_INVALID"]);
        statuses.Data.GetProperty("invitations").GetProperty("edges").GetArrayLength().ShouldBe(1);
        again.UserErrors("inviteEmployee").ShouldBeEmpty();
        again.Payload("inviteEmployee").GetProperty("invitations")[0].GetProperty("status").GetString().ShouldBe("PENDING");
    }

    [Fact]
    public async Task The_registration_ticket_works_for_thirty_minutes()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);
        var ticket = (await api.GraphQL().SendAsync(Gql.ValidateInvitation,
            new { input = new { token, email = employee.Email, dateOfBirth = "1990-03-14" } })).Payload("validateInvitation").GetProperty("registrationTicket").GetString();

        api.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = TestEmployer.Password } });

        late.UserErrorCodes("completeRegistration").ShouldBe(["INVITATION_INVALID"]);
    }

    [Fact]
    public async Task A_password_reset_link_works_once_and_for_thirty_minutes()
    {
        var employer = await TestEmployer.CreateAsync(api);
        await api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = employer.HrEmail } });
        var token = MailLinks.Token(await api.Smtp.WaitForMailAsync(employer.HrEmail, "Nieuw wachtwoord"), "wachtwoord-herstellen");

        api.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = "Een nieuwe lange wachtzin 31" } });

        late.UserErrorCodes("resetPassword").ShouldBe(["RESET_LINK_INVALID"]);
    }
}
