using System.Net;

namespace Verzuim.Accounts.Tests.BadInput;

/// <summary>
/// Every operation that takes text answers empty, blank, long and 1 MB values with a clear, typed answer: a field
/// error, the operation's own generic refusal, or 413 for a body over the cap. Never a 500, never a stack trace.
/// </summary>
[Collection(AccountsApiCollection.Name)]
public sealed class BadInputTests(VerzuimApiFactory api) : IAsyncLifetime
{
    private TestEmployer employer = default!;
    private string employeeSession = default!;

    public async Task InitializeAsync()
    {
        employer = await TestEmployer.CreateAsync(api);
        employeeSession = await employer.RegisterAsync(await employer.AddEmployeeAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public enum Caller
    {
        Anonymous,
        Hr,
        Employee,
    }

    public static TheoryData<BadInputCase<Caller>> Cases() =>
    [
        new("login", Caller.Anonymous, $"mutation($input: LoginInput!) {{ login(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { email = v, password = v } }, "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS"),
        new("validateInvitation.email", Caller.Anonymous, $"mutation($input: ValidateInvitationInput!) {{ validateInvitation(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { token = "vzi_x", email = v, dateOfBirth = "1990-03-14" } }, "REQUIRED@input.email", "REQUIRED@input.email", "TOO_LONG@input.email"),
        new("validateInvitation.token", Caller.Anonymous, $"mutation($input: ValidateInvitationInput!) {{ validateInvitation(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { token = v, email = "a@b.nl", dateOfBirth = "1990-03-14" } }, "INVITATION_INVALID", "INVITATION_INVALID", "INVITATION_INVALID"),
        new("completeRegistration", Caller.Anonymous, $"mutation($input: CompleteRegistrationInput!) {{ completeRegistration(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { registrationTicket = v, password = v } }, "INVITATION_INVALID", "INVITATION_INVALID", "INVITATION_INVALID"),
        new("requestPasswordReset", Caller.Anonymous, $"mutation($input: RequestPasswordResetInput!) {{ requestPasswordReset(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { email = v } }, "REQUIRED@input.email", "REQUIRED@input.email", "TOO_LONG@input.email"),
        new("resetPassword", Caller.Anonymous, $"mutation($input: ResetPasswordInput!) {{ resetPassword(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { token = v, newPassword = v } }, "RESET_LINK_INVALID", "RESET_LINK_INVALID", "RESET_LINK_INVALID"),
        new("changePassword", Caller.Employee, $"mutation($input: ChangePasswordInput!) {{ changePassword(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { currentPassword = TestEmployer.Password, newPassword = v } },
            "PASSWORD_TOO_SHORT@input.newPassword,PASSWORD_TOO_COMMON@input.newPassword",
            "PASSWORD_TOO_SHORT@input.newPassword,PASSWORD_TOO_COMMON@input.newPassword", "PASSWORD_TOO_LONG@input.newPassword"),
        new("upsertEmployees", Caller.Hr, $"mutation($input: UpsertEmployeesInput!) {{ upsertEmployees(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { employees = new[] { new { externalKey = v, firstName = "A", lastName = "B", email = "a.b@c.nl", dateOfBirth = "1990-01-01", employmentStart = "2020-01-01" } } } },
            "REQUIRED@input.employees.0.externalKey", "REQUIRED@input.employees.0.externalKey", "TOO_LONG@input.employees.0.externalKey"),
        new("inviteEmployee", Caller.Hr, $"mutation($input: InviteEmployeeInput!) {{ inviteEmployee(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { employeeId = v } }, "NOT_FOUND@input.employeeId.0", "NOT_FOUND@input.employeeId.0", "NOT_FOUND@input.employeeId.0"),
        new("resendInvitation", Caller.Hr, $"mutation($input: InvitationIdInput!) {{ resendInvitation(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { invitationId = v } }, "NOT_FOUND@input.invitationId", "NOT_FOUND@input.invitationId", "NOT_FOUND@input.invitationId"),
        new("revokeInvitation", Caller.Hr, $"mutation($input: InvitationIdInput!) {{ revokeInvitation(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { invitationId = v } }, "NOT_FOUND@input.invitationId", "NOT_FOUND@input.invitationId", "NOT_FOUND@input.invitationId"),
        new("createEmployerUser", Caller.Hr, $"mutation($input: CreateEmployerUserInput!) {{ createEmployerUser(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { name = v, email = "nieuw@werkgever.test", role = "HR" } }, "REQUIRED@input.name", "REQUIRED@input.name", "TOO_LONG@input.name"),
        new("deactivateEmployerUser", Caller.Hr, $"mutation($input: EmployerUserIdInput!) {{ deactivateEmployerUser(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { employerUserId = v } }, "NOT_FOUND@input.employerUserId", "NOT_FOUND@input.employerUserId", "NOT_FOUND@input.employerUserId"),
        new("createApiClient", Caller.Hr, $"mutation($input: CreateApiClientInput!) {{ createApiClient(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { name = v, scopes = new[] { "EMPLOYEES_READ" } } }, "REQUIRED@input.name", "REQUIRED@input.name", "TOO_LONG@input.name"),
        new("revokeApiClient", Caller.Hr, $"mutation($input: ApiClientIdInput!) {{ revokeApiClient(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { apiClientId = v } }, "NOT_FOUND@input.apiClientId", "NOT_FOUND@input.apiClientId", "NOT_FOUND@input.apiClientId"),
    ];

    private Task<GraphQLTestResponse> SendAsync(BadInputCase<Caller> @case, string value) => api.GraphQL().SendAsync(@case.Query, @case.Variables(value), @case.Caller switch
    {
        Caller.Hr => employer.HrToken,
        Caller.Employee => employeeSession,
        _ => null,
    });

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Empty_blank_and_long_text_get_a_typed_answer(BadInputCase<Caller> @case) =>
        BadInputChecks.ShouldGetTypedAnswersAsync(@case, value => SendAsync(@case, value));

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_one_megabyte_value_is_refused_with_413_and_a_code(BadInputCase<Caller> @case) =>
        BadInputChecks.ShouldBeRefusedAsTooLargeAsync(value => SendAsync(@case, value));

    [Theory]
    [InlineData("1990-02-31", "INVALID_DATE")]
    [InlineData("31-02-1990", "INVALID_VALUE")]
    [InlineData("14-03-1990", "INVALID_VALUE")]
    [InlineData("1990-3-14", "INVALID_VALUE")]
    [InlineData("19900314", "INVALID_VALUE")]
    [InlineData("", "INVALID_VALUE")]
    public async Task An_impossible_or_wrongly_formatted_date_is_refused_with_the_field_named(string date, string code)
    {
        var validate = await api.GraphQL().SendAsync(Gql.ValidateInvitation, new { input = new { token = "vzi_x", email = "a@b.nl", dateOfBirth = date } });
        var upsert = await employer.AsHr(Gql.UpsertEmployees, new { input = new { employees = new[]
        {
            new { externalKey = "d1", firstName = "A", lastName = "B", email = "d1@c.nl", dateOfBirth = "1990-01-01", employmentStart = date },
        } } });

        validate.Status.ShouldBe(HttpStatusCode.OK);
        validate.UserErrors("validateInvitation").ShouldBe([$"{code}@input.dateOfBirth"]);
        upsert.Status.ShouldBe(HttpStatusCode.OK);
        upsert.UserErrors("upsertEmployees").ShouldBe([$"{code}@input.employees.0.employmentStart"]);
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_or_before_1900_is_refused()
    {
        var employees = new[] { "2090-01-01", "1899-12-31" }.Select((date, i) => new
        {
            externalKey = $"f{i}", firstName = "A", lastName = "B", email = $"f{i}@c.nl", dateOfBirth = date, employmentStart = "2020-01-01",
        });

        var response = await employer.AsHr(Gql.UpsertEmployees, new { input = new { employees } });

        response.UserErrors("upsertEmployees").ShouldBe(
        [
            "INVALID_VALUE@input.employees.0.dateOfBirth",
            "INVALID_DATE_RANGE@input.employees.0.employmentStart",
            "INVALID_VALUE@input.employees.1.dateOfBirth",
        ]);
    }
}
