using System.Net;

namespace Verzuim.SecondFactor.Tests.AuthenticatorApp;

/// <summary>SECURITY.md, "Second factor", for the authenticator app and recovery codes.</summary>
[Collection(SecondFactorApiCollection.Name)]
public sealed class AuthenticatorSecurityTests(VerzuimApiFactory api)
{
    private const string Verify = """
        mutation($input: SecondFactorCodeInput!) { verifyAuthenticatorCode(input: $input) { session { token state } errors { code } } }
        """;

    private const string Recover = """
        mutation($input: SecondFactorCodeInput!) { verifyRecoveryCode(input: $input) { session { token } mustSetUpNewFactor errors { code } } }
        """;

    /// <summary>An employee who set up an app, back at the second step of a new login.</summary>
    private async Task<(TestEmployee Employee, string PendingToken)> AtSecondStepAsync(TestEmployer? employer = null)
    {
        employer ??= await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        var (token, state) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        state.ShouldBe("PENDING_SECOND_FACTOR");
        return (employee, token);
    }

    private Task<GraphQLTestResponse> VerifyAsync(string token, string code) => api.GraphQL().SendAsync(Verify, new { input = new { code } }, token);

    [Fact]
    public async Task A_session_that_only_passed_the_password_reaches_nothing_else()
    {
        var (_, token) = await AtSecondStepAsync();

        foreach (var query in new[] { "{ employer { name } }", "{ employees { edges { cursor } } }", "{ node(id: \"x\") { id } }" })
        {
            var response = await api.GraphQL().SendAsync(query, token: token);
            response.Status.ShouldBe(HttpStatusCode.Unauthorized, query);
            response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"], query);
        }
        var change = await api.GraphQL().SendAsync(Gql.ChangePassword, new { input = new { currentPassword = TestEmployer.Password, newPassword = "Een nieuw lang wachtwoord 1" } }, token);
        change.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task A_session_that_owes_its_second_factor_cannot_add_a_new_one()
    {
        var (_, token) = await AtSecondStepAsync();

        var begun = await api.GraphQL().SendAsync("mutation { beginAuthenticatorEnrollment { factorId errors { code } } }", token: token);

        begun.UserErrorCodes("beginAuthenticatorEnrollment").ShouldBe(["SECOND_FACTOR_NOT_PENDING"]);
        begun.Payload("beginAuthenticatorEnrollment").GetProperty("factorId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_code_works_within_one_step_either_way_and_each_step_only_once()
    {
        var (employee, first) = await AtSecondStepAsync();
        var secret = SecondFactors.SecretOf(employee.Email);
        var now = SecondFactors.StepAt(DateTimeOffset.UtcNow);
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        var (third, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        (await VerifyAsync(first, SecondFactors.CodeFor(secret, now - 3))).UserErrorCodes("verifyAuthenticatorCode").ShouldBe(["INVALID_CODE"]);
        (await VerifyAsync(first, SecondFactors.CodeFor(secret, now + 1))).UserErrorCodes("verifyAuthenticatorCode").ShouldBeEmpty();
        (await VerifyAsync(second, SecondFactors.CodeFor(secret, now + 1))).UserErrorCodes("verifyAuthenticatorCode").ShouldBe(["INVALID_CODE"]);
        (await VerifyAsync(third, SecondFactors.CodeFor(secret, now))).UserErrorCodes("verifyAuthenticatorCode").ShouldBe(["INVALID_CODE"]);
    }

    [Fact]
    public async Task Two_concurrent_uses_of_one_code_let_exactly_one_in()
    {
        var (employee, first) = await AtSecondStepAsync();
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        var code = SecondFactors.CodeFor(SecondFactors.SecretOf(employee.Email), SecondFactors.StepAt(DateTimeOffset.UtcNow) + 1);

        var both = await Task.WhenAll(VerifyAsync(first, code), VerifyAsync(second, code));

        both.Count(response => response.UserErrors("verifyAuthenticatorCode").Count == 0).ShouldBe(1);
        both.Count(response => response.UserErrorCodes("verifyAuthenticatorCode").SequenceEqual(["INVALID_CODE"])).ShouldBe(1);
    }

    [Fact]
    public async Task Five_wrong_codes_end_the_login_and_aliases_cannot_add_guesses()
    {
        var (_, token) = await AtSecondStepAsync();

        var aliased = await api.GraphQL().SendAsync("""
            mutation { a: verifyAuthenticatorCode(input: { code: "111111" }) { errors { code } } b: verifyAuthenticatorCode(input: { code: "222222" }) { errors { code } } }
            """, token: token);
        var answers = new List<string>();
        for (var guess = 0; guess < 5; guess++)
        {
            answers.Add((await VerifyAsync(token, $"00000{guess}")).UserErrorCodes("verifyAuthenticatorCode").Single());
        }
        var afterwards = await api.GraphQL().SendAsync(Gql.Me, token: token);

        aliased.ErrorCodes.ShouldBe(["MUTATION_REPEATED"]);
        answers.ShouldBe(["INVALID_CODE", "INVALID_CODE", "INVALID_CODE", "INVALID_CODE", "SESSION_ENDED"]);
        afterwards.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_recovery_code_works_once_and_asks_for_a_new_factor()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var enrolling = await employer.FirstLoginAsync(employee);
        var codes = (await SecondFactors.EnrollAsync(api.GraphQL(), employee.Email, enrolling))
            .Payload("confirmAuthenticatorEnrollment").GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var (first, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        var used = await api.GraphQL().SendAsync(Recover, new { input = new { code = codes[0].ToLowerInvariant().Replace("-", " ") } }, first);
        var reused = await api.GraphQL().SendAsync(Recover, new { input = new { code = codes[0] } }, second);
        var dump = await SecondFactorDatabase.DumpAsync(api.ConnectionString);

        used.Payload("verifyRecoveryCode").GetProperty("mustSetUpNewFactor").GetBoolean().ShouldBeTrue();
        used.Payload("verifyRecoveryCode").GetProperty("session").GetProperty("token").GetString()!.ShouldStartWith("vzs_");
        reused.UserErrorCodes("verifyRecoveryCode").ShouldBe(["INVALID_CODE"]);
        codes.ShouldAllBe(code => !dump.Contains(code));
    }

    [Fact]
    public async Task The_authenticator_secret_is_stored_encrypted()
    {
        var (employee, _) = await AtSecondStepAsync();
        var secret = SecondFactors.SecretOf(employee.Email);

        var dump = await SecondFactorDatabase.DumpAsync(api.ConnectionString);

        dump.ShouldNotContain(Convert.ToBase64String(secret));
        dump.ShouldNotContain(OtpNet.Base32Encoding.ToString(secret).TrimEnd('='), Case.Insensitive);
    }

    [Fact]
    public async Task When_the_employer_stops_allowing_the_only_method_the_next_login_sets_up_an_allowed_one()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var (employee, token) = await AtSecondStepAsync(employer);
        await employer.AsHr("mutation { updateSecondFactorPolicy(input: { allowedMethods: [SECURITY_KEY, SMS] }) { errors { code } } }");

        var stillPending = await VerifyAsync(token, SecondFactors.NextCode(employee.Email, api.GraphQL().Clock)!);
        var (_, state) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        stillPending.UserErrorCodes("verifyAuthenticatorCode").ShouldBe(["INVALID_CODE"]);
        state.ShouldBe("PENDING_ENROLLMENT");
    }
}
