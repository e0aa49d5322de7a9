using System.Net;

namespace Verzuim.SecondFactor.Tests.BadInput;

/// <summary>
/// Every second-factor operation that takes text answers empty, blank, long and 1 MB values with a typed answer: a
/// field error, the operation's own refusal, or 413 for a body over the cap. Never a 500, never a stack trace.
/// </summary>
[Collection(SecondFactorApiCollection.Name)]
public sealed class BadInputTests(VerzuimApiFactory api) : IAsyncLifetime
{
    private TestEmployer employer = default!;
    private TestEmployee employee = default!;
    private string employeeSession = default!;

    public async Task InitializeAsync()
    {
        employer = await TestEmployer.CreateAsync(api);
        employee = await employer.AddEmployeeAsync();
        employeeSession = await employer.RegisterAsync(employee);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public enum Caller
    {
        Hr,
        Employee,

        /// <summary>A new login that has passed only the password, so wrong codes of one case never end another's.</summary>
        AtSecondStep,
    }

    public sealed record Case(string Operation, Caller Caller, string Query, Func<string, object> Variables, string Empty, string Blank, string Long)
    {
        public override string ToString() => Operation;
    }

    private const string Errors = "errors { code field }";

    public static TheoryData<Case> Cases() =>
    [
        new("verifyAuthenticatorCode", Caller.AtSecondStep, $"mutation($input: SecondFactorCodeInput!) {{ verifyAuthenticatorCode(input: $input) {{ {Errors} }} }}",
            v => new { input = new { code = v } }, "INVALID_CODE@input.code", "INVALID_CODE@input.code", "INVALID_CODE@input.code"),
        new("verifyRecoveryCode", Caller.AtSecondStep, $"mutation($input: SecondFactorCodeInput!) {{ verifyRecoveryCode(input: $input) {{ {Errors} }} }}",
            v => new { input = new { code = v } }, "INVALID_CODE@input.code", "INVALID_CODE@input.code", "INVALID_CODE@input.code"),
        new("verifySmsCode", Caller.AtSecondStep, $"mutation($input: SecondFactorCodeInput!) {{ verifySmsCode(input: $input) {{ {Errors} }} }}",
            v => new { input = new { code = v } }, "INVALID_CODE@input.code", "INVALID_CODE@input.code", "INVALID_CODE@input.code"),
        new("verifySecurityKey", Caller.AtSecondStep, $"mutation($input: VerifySecurityKeyInput!) {{ verifySecurityKey(input: $input) {{ {Errors} }} }}",
            v => new { input = new { assertion = v } }, "KEY_NOT_ACCEPTED@input.assertion", "KEY_NOT_ACCEPTED@input.assertion", "KEY_NOT_ACCEPTED@input.assertion"),
        new("confirmAuthenticatorEnrollment", Caller.Employee, $"mutation($input: ConfirmAuthenticatorEnrollmentInput!) {{ confirmAuthenticatorEnrollment(input: $input) {{ {Errors} }} }}",
            v => new { input = new { factorId = Guid.NewGuid(), code = "123456", name = v } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "TOO_LONG@input.name"),
        new("beginSmsEnrollment", Caller.Employee, $"mutation($input: BeginSmsEnrollmentInput!) {{ beginSmsEnrollment(input: $input) {{ {Errors} }} }}",
            v => new { input = new { phoneNumber = v } }, "REQUIRED@input.phoneNumber", "REQUIRED@input.phoneNumber", "INVALID_PHONE_NUMBER@input.phoneNumber"),
        new("confirmSmsEnrollment", Caller.Employee, $"mutation($input: ConfirmSmsEnrollmentInput!) {{ confirmSmsEnrollment(input: $input) {{ {Errors} }} }}",
            v => new { input = new { factorId = Guid.NewGuid(), code = v } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId"),
        new("completeSecurityKeyRegistration", Caller.Employee, $"mutation($input: CompleteSecurityKeyRegistrationInput!) {{ completeSecurityKeyRegistration(input: $input) {{ {Errors} }} }}",
            v => new { input = new { attestation = v, name = "Sleutel" } }, "KEY_NOT_ACCEPTED@input.attestation", "KEY_NOT_ACCEPTED@input.attestation", "KEY_NOT_ACCEPTED@input.attestation"),
        new("renameSecondFactor.name", Caller.Employee, $"mutation($input: RenameSecondFactorInput!) {{ renameSecondFactor(input: $input) {{ {Errors} }} }}",
            v => new { input = new { factorId = Guid.NewGuid(), name = v } }, "REQUIRED@input.name", "REQUIRED@input.name", "TOO_LONG@input.name"),
        new("renameSecondFactor.factorId", Caller.Employee, $"mutation($input: RenameSecondFactorInput!) {{ renameSecondFactor(input: $input) {{ {Errors} }} }}",
            v => new { input = new { factorId = v, name = "Telefoon" } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId"),
        new("removeSecondFactor", Caller.Employee, $"mutation($input: SecondFactorIdInput!) {{ removeSecondFactor(input: $input) {{ {Errors} }} }}",
            v => new { input = new { factorId = v } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId"),
        new("resetSecondFactor", Caller.Hr, $"mutation($input: ResetSecondFactorInput!) {{ resetSecondFactor(input: $input) {{ {Errors} }} }}",
            v => new { input = new { employeeId = v } }, "NOT_FOUND@input.employeeId", "NOT_FOUND@input.employeeId", "NOT_FOUND@input.employeeId"),
    ];

    private async Task<GraphQLTestResponse> SendAsync(Case @case, string value) => await api.GraphQL().SendAsync(@case.Query, @case.Variables(value), @case.Caller switch
    {
        Caller.Hr => employer.HrToken,
        Caller.Employee => employeeSession,
        _ => (await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password)).Token,
    });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Empty_blank_and_long_text_get_a_typed_answer(Case @case)
    {
        foreach (var (value, expected) in new[] { ("", @case.Empty), ("   \t ", @case.Blank), (new string('é', 10_000), @case.Long) })
        {
            var response = await SendAsync(@case, value);

            response.Status.ShouldBe(HttpStatusCode.OK, response.Body.ToString());
            string.Join(',', response.UserErrors(@case.Operation.Split('.')[0])).ShouldBe(expected, $"value of length {value.Length}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_one_megabyte_value_is_refused_with_413_and_a_code(Case @case)
    {
        var response = await SendAsync(@case, new string('x', 1024 * 1024));

        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCodes.ShouldBe(["REQUEST_TOO_LARGE"]);
    }
}
