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

    public static TheoryData<BadInputCase<Caller>> Cases() =>
    [
        new("verifyAuthenticatorCode", Caller.AtSecondStep, $"mutation($input: SecondFactorCodeInput!) {{ verifyAuthenticatorCode(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { code = v } }, "INVALID_CODE@input.code", "INVALID_CODE@input.code", "INVALID_CODE@input.code"),
        new("verifyRecoveryCode", Caller.AtSecondStep, $"mutation($input: SecondFactorCodeInput!) {{ verifyRecoveryCode(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { code = v } }, "INVALID_CODE@input.code", "INVALID_CODE@input.code", "INVALID_CODE@input.code"),
        new("verifySmsCode", Caller.AtSecondStep, $"mutation($input: SecondFactorCodeInput!) {{ verifySmsCode(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { code = v } }, "INVALID_CODE@input.code", "INVALID_CODE@input.code", "INVALID_CODE@input.code"),
        new("verifySecurityKey", Caller.AtSecondStep, $"mutation($input: VerifySecurityKeyInput!) {{ verifySecurityKey(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { assertion = v } }, "KEY_NOT_ACCEPTED@input.assertion", "KEY_NOT_ACCEPTED@input.assertion", "KEY_NOT_ACCEPTED@input.assertion"),
        new("confirmAuthenticatorEnrollment", Caller.Employee, $"mutation($input: ConfirmAuthenticatorEnrollmentInput!) {{ confirmAuthenticatorEnrollment(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { factorId = Guid.NewGuid(), code = "123456", name = v } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "TOO_LONG@input.name"),
        new("beginSmsEnrollment", Caller.Employee, $"mutation($input: BeginSmsEnrollmentInput!) {{ beginSmsEnrollment(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { phoneNumber = v } }, "REQUIRED@input.phoneNumber", "REQUIRED@input.phoneNumber", "INVALID_PHONE_NUMBER@input.phoneNumber"),
        new("confirmSmsEnrollment", Caller.Employee, $"mutation($input: ConfirmSmsEnrollmentInput!) {{ confirmSmsEnrollment(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { factorId = Guid.NewGuid(), code = v } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId"),
        new("completeSecurityKeyRegistration", Caller.Employee, $"mutation($input: CompleteSecurityKeyRegistrationInput!) {{ completeSecurityKeyRegistration(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { attestation = v, name = "Sleutel" } }, "KEY_NOT_ACCEPTED@input.attestation", "KEY_NOT_ACCEPTED@input.attestation", "KEY_NOT_ACCEPTED@input.attestation"),
        new("renameSecondFactor.name", Caller.Employee, $"mutation($input: RenameSecondFactorInput!) {{ renameSecondFactor(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { factorId = Guid.NewGuid(), name = v } }, "REQUIRED@input.name", "REQUIRED@input.name", "TOO_LONG@input.name"),
        new("renameSecondFactor.factorId", Caller.Employee, $"mutation($input: RenameSecondFactorInput!) {{ renameSecondFactor(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { factorId = v, name = "Telefoon" } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId"),
        new("removeSecondFactor", Caller.Employee, $"mutation($input: SecondFactorIdInput!) {{ removeSecondFactor(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { factorId = v } }, "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId", "NOT_FOUND@input.factorId"),
        new("resetSecondFactor", Caller.Hr, $"mutation($input: ResetSecondFactorInput!) {{ resetSecondFactor(input: $input) {{ {BadInputChecks.Errors} }} }}",
            v => new { input = new { employeeId = v } }, "NOT_FOUND@input.employeeId", "NOT_FOUND@input.employeeId", "NOT_FOUND@input.employeeId"),
    ];

    private async Task<GraphQLTestResponse> SendAsync(BadInputCase<Caller> @case, string value) => await api.GraphQL().SendAsync(@case.Query, @case.Variables(value), @case.Caller switch
    {
        Caller.Hr => employer.HrToken,
        Caller.Employee => employeeSession,
        _ => (await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password)).Token,
    });

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Empty_blank_and_long_text_get_a_typed_answer(BadInputCase<Caller> @case) =>
        BadInputChecks.ShouldGetTypedAnswersAsync(@case, value => SendAsync(@case, value));

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_one_megabyte_value_is_refused_with_413_and_a_code(BadInputCase<Caller> @case) =>
        BadInputChecks.ShouldBeRefusedAsTooLargeAsync(value => SendAsync(@case, value));
}
