using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Verzuim.Accounts.Operations;

namespace Verzuim.Testing;

public sealed record TestEmployee(string Id, string ExternalKey, string FirstName, string Email, DateOnly DateOfBirth);

/// <summary>
/// A fresh employer with a logged-in HR user, set up the way a real one is: the operator creates it, the HR user sets
/// a password from the mailed link and logs in. Tests that each make their own employer cannot see each other's data.
/// </summary>
public sealed class TestEmployer
{
    public const string Password = "Paarse olifant danst op het dak 77";

    private TestEmployer(VerzuimApiFactory api, GraphQLTestClient client, string name, string hrEmail, string hrToken)
    {
        Api = api;
        Client = client;
        Name = name;
        HrEmail = hrEmail;
        HrToken = hrToken;
    }

    public VerzuimApiFactory Api { get; }
    public GraphQLTestClient Client { get; }
    public string Name { get; }
    public string HrEmail { get; }
    public string HrToken { get; }

    public static async Task<TestEmployer> CreateAsync(VerzuimApiFactory api)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var name = $"Werkgever {id} BV";
        var hrEmail = $"hr-{id}@werkgever.test";
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IAccountsOperator>().CreateEmployerAsync(name, "Hanna Hoekstra", hrEmail, default);
            result.Succeeded.ShouldBeTrue(result.Message);
        }
        var client = api.GraphQL();
        var token = MailLinks.Token(await api.Smtp.WaitForMailAsync(hrEmail), "wachtwoord-herstellen");
        var reset = await client.SendAsync(Gql.ResetPassword, new { input = new { token, newPassword = Password } });
        reset.Payload("resetPassword").GetProperty("success").GetBoolean().ShouldBeTrue(reset.Body.ToString());
        return new TestEmployer(api, client, name, hrEmail, await LogInAsync(client, hrEmail, Password));
    }

    /// <summary>A complete login, as a person does it: password, then the second factor (set up on the first login).</summary>
    public static async Task<string> LogInAsync(GraphQLTestClient client, string email, string password)
    {
        var (token, state) = await LogInWithPasswordAsync(client, email, password);
        return await SecondFactors.CompleteAsync(client, email, token, state);
    }

    /// <summary>Only the password step: a session that can do nothing but pass or set up a second factor.</summary>
    public static async Task<(string Token, string State)> LogInWithPasswordAsync(GraphQLTestClient client, string email, string password)
    {
        var login = await client.SendAsync(Gql.Login, new { input = new { email, password } });
        var session = login.Payload("login").GetProperty("session");
        return session.ValueKind == System.Text.Json.JsonValueKind.Object
            ? (session.GetProperty("token").GetString()!, session.GetProperty("state").GetString()!)
            : throw new InvalidOperationException(login.Body.ToString());
    }

    public Task<GraphQLTestResponse> AsHr(string query, object? variables = null) => Client.SendAsync(query, variables, HrToken);

    public async Task<TestEmployee> AddEmployeeAsync(string? firstName = null, string? email = null, DateOnly? dateOfBirth = null)
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var employee = new
        {
            externalKey = key,
            firstName = firstName ?? "Sanne",
            lastNamePrefix = "de",
            lastName = "Vries",
            email = email ?? $"sanne.{key}@medewerker.test",
            dateOfBirth = (dateOfBirth ?? new DateOnly(1990, 3, 14)).ToString("yyyy-MM-dd"),
            employmentStart = "2020-01-01",
        };
        var saved = await AsHr(Gql.UpsertEmployees, new { input = new { employees = new[] { employee } } });
        var stored = saved.Payload("upsertEmployees").GetProperty("employees")[0];
        return new TestEmployee(stored.GetProperty("id").GetString()!, key, employee.firstName, employee.email, dateOfBirth ?? new DateOnly(1990, 3, 14));
    }

    /// <summary>A payroll integration of this employer with these scopes; returns its API key (used as a bearer token).</summary>
    public async Task<string> ApiClientKeyAsync(params string[] scopes)
    {
        var created = await AsHr(
            "mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key errors { code field } } }",
            new { input = new { name = "Salarisadministratie", scopes } });
        return created.Payload("createApiClient").GetProperty("key").GetString() ?? throw new InvalidOperationException(created.Body.ToString());
    }

    /// <summary>Invites the employee and returns the token from the link in the mail they received.</summary>
    public async Task<string> InviteAsync(TestEmployee employee)
    {
        var invited = await AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } });
        invited.UserErrors("inviteEmployee").ShouldBeEmpty();
        return MailLinks.Token(await Api.Smtp.WaitForMailAsync(employee.Email, "Uitnodiging"), "uitnodiging");
    }

    public async Task<string> InvitationIdAsync(TestEmployee employee)
    {
        var list = await AsHr(Gql.Invitations);
        return list.Data.GetProperty("invitations").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node"))
            .First(node => node.GetProperty("employee").GetProperty("id").GetString() == employee.Id)
            .GetProperty("id").GetString()!;
    }

    /// <summary>The whole registration and a complete first login (an authenticator app). Returns a full session token.</summary>
    public async Task<string> RegisterAsync(TestEmployee employee, string password = Password)
    {
        await CompleteRegistrationAsync(employee, password);
        return await LogInAsync(Client, employee.Email, password);
    }

    /// <summary>Invitation, validation and password, without logging in: the employee has no second factor yet.</summary>
    public async Task CompleteRegistrationAsync(TestEmployee employee, string password = Password)
    {
        var token = await InviteAsync(employee);
        var validated = await Client.SendAsync(Gql.ValidateInvitation,
            new { input = new { token, email = employee.Email, dateOfBirth = employee.DateOfBirth.ToString("yyyy-MM-dd") } });
        var ticket = validated.Payload("validateInvitation").GetProperty("registrationTicket").GetString();
        var completed = await Client.SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password } });
        completed.UserErrors("completeRegistration").ShouldBeEmpty();
    }

    /// <summary>A new employee's first login, stopped after the password: a session that must set up a second factor.</summary>
    public async Task<string> FirstLoginAsync(TestEmployee employee)
    {
        await CompleteRegistrationAsync(employee);
        var (token, state) = await LogInWithPasswordAsync(Client, employee.Email, Password);
        state.ShouldBe("PENDING_ENROLLMENT");
        return token;
    }
}
