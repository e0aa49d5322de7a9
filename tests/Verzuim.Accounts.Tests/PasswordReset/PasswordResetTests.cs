using System.Net;

namespace Verzuim.Accounts.Tests.PasswordReset;

[Collection(AccountsApiCollection.Name)]
public sealed class PasswordResetTests(VerzuimApiFactory api)
{
    private async Task<string> RequestLinkAsync(string email)
    {
        var before = api.Smtp.MailsTo(email, "Nieuw wachtwoord").Count;
        var requested = await api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email } });
        requested.Payload("requestPasswordReset").GetProperty("accepted").GetBoolean().ShouldBeTrue();
        return MailLinks.Token(await api.Smtp.WaitForNextMailAsync(email, "Nieuw wachtwoord", before), "wachtwoord-herstellen");
    }

    [Fact]
    public async Task A_reset_sets_the_new_password_ends_every_session_and_logs_nobody_in()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var session = await employer.RegisterAsync(employee);
        var token = await RequestLinkAsync(employee.Email);

        var reset = await api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = "Nieuwe wachtzin voor de fiets 2027" } });

        reset.Payload("resetPassword").GetProperty("success").GetBoolean().ShouldBeTrue();
        reset.Payload("resetPassword").ToString().ShouldNotContain("vzs_");
        (await api.GraphQL().SendAsync(Gql.Me, token: session)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, "Nieuwe wachtzin voor de fiets 2027")).ShouldStartWith("vzs_");
        (await api.Smtp.WaitForMailAsync(employee.Email, "gewijzigd")).TextBody!.ShouldContain("wachtwoord");
    }

    [Fact]
    public async Task A_reset_link_works_once_even_when_submitted_twice_at_the_same_moment()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var token = await RequestLinkAsync(employer.HrEmail);

        var attempts = await Task.WhenAll(
            api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = "Eerste nieuwe wachtzin 2027" } }),
            api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = "Tweede nieuwe wachtzin 2027" } }));
        var later = await api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = "Derde nieuwe wachtzin 2027" } });

        attempts.Count(attempt => attempt.Payload("resetPassword").GetProperty("success").GetBoolean()).ShouldBe(1);
        later.UserErrorCodes("resetPassword").ShouldBe(["RESET_LINK_INVALID"]);
    }

    [Fact]
    public async Task Asking_for_a_reset_says_the_same_for_unknown_addresses_and_mails_nobody()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@werkgever.test";
        var employer = await TestEmployer.CreateAsync(api);

        var forUnknown = await api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = unknown } });
        var forKnown = await api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = employer.HrEmail.ToUpperInvariant() } });

        forUnknown.Payload("requestPasswordReset").ToString().ShouldBe(forKnown.Payload("requestPasswordReset").ToString());
        await api.Smtp.WaitForMailAsync(employer.HrEmail, "Nieuw wachtwoord");
        api.Smtp.MailsTo(unknown).ShouldBeEmpty();
    }

    [Fact]
    public async Task At_most_three_reset_links_are_mailed_per_hour()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);

        for (var request = 0; request < 5; request++)
        {
            await api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = employee.Email } });
        }
        await Database.WaitForOutboxAsync(api.ConnectionString);

        api.Smtp.MailsTo(employee.Email, "Nieuw wachtwoord").Count.ShouldBe(3);
    }
}
