using Npgsql;

namespace Verzuim.SecondFactor.Tests.SecurityKeys;

/// <summary>SECURITY.md, "Second factor", for security keys (WebAuthn).</summary>
[Collection(SecondFactorApiCollection.Name)]
public sealed class SecurityKeyTests(VerzuimApiFactory api)
{
    private const string Origin = "https://portaal.verzuim.test";

    private const string BeginRegistration = "mutation { beginSecurityKeyRegistration { optionsJson errors { code } } }";

    private const string CompleteRegistration = """
        mutation($input: CompleteSecurityKeyRegistrationInput!) { completeSecurityKeyRegistration(input: $input) { factor { name method } session { token state } recoveryCodes errors { code } } }
        """;

    private const string BeginLogin = "mutation { beginSecurityKeyLogin { optionsJson errors { code } } }";

    private const string Verify = """
        mutation($input: VerifySecurityKeyInput!) { verifySecurityKey(input: $input) { session { token state } errors { code } } }
        """;

    /// <summary>A registered employee at the first login's set-up step.</summary>
    private async Task<(TestEmployee Employee, string Token)> FirstLoginAsync()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        return (employee, await employer.FirstLoginAsync(employee));
    }

    private async Task<GraphQLTestResponse> RegisterAsync(SoftwareAuthenticator key, string token, string origin = Origin)
    {
        var options = (await api.GraphQL().SendAsync(BeginRegistration, token: token)).Payload("beginSecurityKeyRegistration").GetProperty("optionsJson").GetString()!;
        return await api.GraphQL().SendAsync(CompleteRegistration, new { input = new { attestation = key.Register(options, origin), name = "Sleutelbos" } }, token);
    }

    /// <summary>An employee with this key as their only factor, at the second step of a new login.</summary>
    private async Task<(TestEmployee Employee, string Token)> KeyUserAtSecondStepAsync(SoftwareAuthenticator key)
    {
        var (employee, token) = await FirstLoginAsync();
        (await RegisterAsync(key, token)).UserErrors("completeSecurityKeyRegistration").ShouldBeEmpty();
        return (employee, (await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password)).Token);
    }

    private async Task<string> LoginOptionsAsync(string token) =>
        (await api.GraphQL().SendAsync(BeginLogin, token: token)).Payload("beginSecurityKeyLogin").GetProperty("optionsJson").GetString()!;

    private Task<GraphQLTestResponse> VerifyAsync(string token, string assertion) =>
        api.GraphQL().SendAsync(Verify, new { input = new { assertion } }, token);

    [Fact]
    public async Task A_key_registered_at_the_first_login_logs_the_employee_in_later()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, token) = await FirstLoginAsync();

        var registered = await RegisterAsync(key, token);
        var (pending, state) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        key.SignCount = 1;
        var verified = await VerifyAsync(pending, key.Assert(await LoginOptionsAsync(pending), Origin));

        var result = registered.Payload("completeSecurityKeyRegistration");
        result.GetProperty("factor").GetProperty("method").GetString().ShouldBe("SECURITY_KEY");
        result.GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
        result.GetProperty("recoveryCodes").GetArrayLength().ShouldBe(10);
        state.ShouldBe("PENDING_SECOND_FACTOR");
        verified.Payload("verifySecurityKey").GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
    }

    [Fact]
    public async Task An_answer_made_for_another_origin_is_refused()
    {
        using var key = new SoftwareAuthenticator();
        var (_, enrolling) = await FirstLoginAsync();
        (await RegisterAsync(key, enrolling, "https://phishing.example")).UserErrorCodes("completeSecurityKeyRegistration").ShouldBe(["KEY_NOT_ACCEPTED"]);

        using var other = new SoftwareAuthenticator();
        var (_, pending) = await KeyUserAtSecondStepAsync(other);
        other.SignCount = 1;
        (await VerifyAsync(pending, other.Assert(await LoginOptionsAsync(pending), "https://phishing.example"))).UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task A_challenge_works_once()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, first) = await KeyUserAtSecondStepAsync(key);
        var options = await LoginOptionsAsync(first);
        key.SignCount = 1;
        var assertion = key.Assert(options, Origin);
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        await LoginOptionsAsync(second);

        (await VerifyAsync(first, assertion)).UserErrors("verifySecurityKey").ShouldBeEmpty();
        (await VerifyAsync(second, assertion)).UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task A_signature_counter_that_goes_back_is_refused_and_recorded()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, first) = await KeyUserAtSecondStepAsync(key);
        key.SignCount = 5;
        (await VerifyAsync(first, key.Assert(await LoginOptionsAsync(first), Origin))).UserErrors("verifySecurityKey").ShouldBeEmpty();
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        key.SignCount = 3;
        var cloned = await VerifyAsync(second, key.Assert(await LoginOptionsAsync(second), Origin));

        cloned.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
        (await CountAsync("SELECT count(*) FROM second_factor.security_events WHERE kind = 'SIGNATURE_COUNTER_WENT_BACK'")).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Another_users_key_does_not_open_this_account_and_cannot_be_registered_twice()
    {
        using var sannesKey = new SoftwareAuthenticator();
        using var pietsKey = new SoftwareAuthenticator();
        await KeyUserAtSecondStepAsync(sannesKey);
        var (_, piet) = await KeyUserAtSecondStepAsync(pietsKey);
        var (_, enrolling) = await FirstLoginAsync();

        sannesKey.SignCount = 7;
        var intruder = await VerifyAsync(piet, sannesKey.Assert(await LoginOptionsAsync(piet), Origin));
        var sameKeyAgain = await RegisterAsync(sannesKey, enrolling);

        intruder.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
        sameKeyAgain.UserErrorCodes("completeSecurityKeyRegistration").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task The_user_must_be_present()
    {
        using var key = new SoftwareAuthenticator();
        var (_, pending) = await KeyUserAtSecondStepAsync(key);
        key.SignCount = 1;

        var absent = await VerifyAsync(pending, key.Assert(await LoginOptionsAsync(pending), Origin, userPresent: false));

        absent.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task A_removed_key_keeps_no_key_material_and_can_be_registered_again()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, token) = await FirstLoginAsync();
        var full = (await RegisterAsync(key, token)).Payload("completeSecurityKeyRegistration").GetProperty("session").GetProperty("token").GetString()!;
        await SecondFactors.EnrollAsync(api.GraphQL(), employee.Email, full, "App");
        var keyId = (await Management.MyFactors.OfAsync(api, full)).Single(f => f.Method == "SECURITY_KEY").Id;

        var removed = await api.GraphQL().SendAsync(Management.MyFactors.Remove, new { input = new { factorId = keyId } }, full);
        var again = await RegisterAsync(key, full);

        removed.UserErrors("removeSecondFactor").ShouldBeEmpty();
        (await CountAsync($"SELECT count(*) FROM second_factor.factors WHERE id = '{keyId}' AND credential_id IS NULL AND public_key IS NULL")).ShouldBe(1);
        again.UserErrors("completeSecurityKeyRegistration").ShouldBeEmpty();
        (await Management.MyFactors.OfAsync(api, full)).Count(f => f.Method == "SECURITY_KEY").ShouldBe(1);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
