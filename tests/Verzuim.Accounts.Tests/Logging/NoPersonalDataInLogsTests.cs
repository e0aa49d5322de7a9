using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verzuim.Accounts.Tests.Logging;

/// <summary>SECURITY, "Privacy": logs carry ids, never personal data, tokens or passwords — at every log level.</summary>
public sealed class NoPersonalDataInLogsTests(NoPersonalDataInLogsTests.LoggedApi api) : IClassFixture<NoPersonalDataInLogsTests.LoggedApi>
{
    public sealed class LoggedApi : VerzuimApiFactory
    {
        public LogCollector Logs { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings() => LogCollector.TraceEverything;

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
    }

    [Fact]
    public async Task Registration_login_and_password_reset_log_no_personal_data_tokens_or_passwords()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync(firstName: "Xandrijn", dateOfBirth: new DateOnly(1979, 11, 23));
        var invitation = await employer.InviteAsync(employee);
        await api.GraphQL().SendAsync(Gql.ValidateInvitation, new { input = new { token = invitation, email = employee.Email, dateOfBirth = "1979-11-24" } });
        var ticket = (await api.GraphQL().SendAsync(Gql.ValidateInvitation, new { input = new { token = invitation, email = employee.Email, dateOfBirth = "1979-11-23" } }))
            .Payload("validateInvitation").GetProperty("registrationTicket").GetString()!;
        const string password = "Geheime zin die nooit in de logs staat";
        await api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = "Geheime zin nooit in logs 1979" } });
        await api.GraphQL().SendAsync(Gql.Login, new { input = new { email = employee.Email, password = "a wrong password in the logs?" } });
        var session = await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, "Geheime zin nooit in logs 1979");
        await api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = employee.Email } });
        var reset = MailLinks.Token(await api.Smtp.WaitForMailAsync(employee.Email, "Nieuw wachtwoord"), "wachtwoord-herstellen");
        await api.GraphQL().SendAsync(Gql.ResetPassword, new { input = new { token = reset, newPassword = password } });
        await api.Smtp.WaitForMailAsync(employee.Email, "gewijzigd");

        var log = api.Logs.Text;
        log.Length.ShouldBeGreaterThan(1000, "the test must see the Host's logs to mean anything");
        foreach (var secret in new[]
        {
            invitation, ticket, session, reset, employer.HrToken, password, "Geheime zin nooit in logs 1979", "a wrong password in the logs?",
            employee.Email, employee.Email.ToUpperInvariant(), employer.HrEmail, "Xandrijn", "1979-11-23", "23-11-1979", "1979-11-24",
        })
        {
            log.ShouldNotContain(secret, Case.Insensitive);
        }
    }
}
