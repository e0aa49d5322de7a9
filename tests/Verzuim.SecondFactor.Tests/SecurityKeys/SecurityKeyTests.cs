using Npgsql;

namespace Verzuim.SecondFactor.Tests.SecurityKeys;

/// <summary>SECURITY.md, "Second factor", for security keys (WebAuthn).</summary>
[Collection(SecondFactorApiCollection.Name)]
public sealed class SecurityKeyTests(VerzuimApiFactory api)
{
    private const string Origin = KeyCeremonies.Origin;

    private readonly KeyCeremonies keys = new(api);

    [Fact]
    public async Task A_key_registered_at_the_first_login_logs_the_employee_in_later()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, token) = await keys.FirstLoginAsync();

        var registered = await keys.RegisterAsync(key, token);
        var (pending, state) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        key.SignCount = 1;
        var verified = await keys.VerifyAsync(pending, key.Assert(await keys.LoginOptionsAsync(pending), Origin));

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
        var (_, enrolling) = await keys.FirstLoginAsync();
        (await keys.RegisterAsync(key, enrolling, "https://phishing.example")).UserErrorCodes("completeSecurityKeyRegistration").ShouldBe(["KEY_NOT_ACCEPTED"]);

        using var other = new SoftwareAuthenticator();
        var (_, pending) = await keys.KeyUserAtSecondStepAsync(other);
        other.SignCount = 1;
        (await keys.VerifyAsync(pending, other.Assert(await keys.LoginOptionsAsync(pending), "https://phishing.example"))).UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task A_challenge_works_once()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, first) = await keys.KeyUserAtSecondStepAsync(key);
        var options = await keys.LoginOptionsAsync(first);
        key.SignCount = 1;
        var assertion = key.Assert(options, Origin);
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        await keys.LoginOptionsAsync(second);

        (await keys.VerifyAsync(first, assertion)).UserErrors("verifySecurityKey").ShouldBeEmpty();
        (await keys.VerifyAsync(second, assertion)).UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task A_signature_counter_that_goes_back_is_refused_and_recorded()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, first) = await keys.KeyUserAtSecondStepAsync(key);
        key.SignCount = 5;
        (await keys.VerifyAsync(first, key.Assert(await keys.LoginOptionsAsync(first), Origin))).UserErrors("verifySecurityKey").ShouldBeEmpty();
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        key.SignCount = 3;
        var cloned = await keys.VerifyAsync(second, key.Assert(await keys.LoginOptionsAsync(second), Origin));

        cloned.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
        (await CountAsync("SELECT count(*) FROM second_factor.security_events WHERE kind = 'SIGNATURE_COUNTER_WENT_BACK'")).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Another_users_key_does_not_open_this_account_and_cannot_be_registered_twice()
    {
        using var sannesKey = new SoftwareAuthenticator();
        using var pietsKey = new SoftwareAuthenticator();
        await keys.KeyUserAtSecondStepAsync(sannesKey);
        var (_, piet) = await keys.KeyUserAtSecondStepAsync(pietsKey);
        var (_, enrolling) = await keys.FirstLoginAsync();

        sannesKey.SignCount = 7;
        var intruder = await keys.VerifyAsync(piet, sannesKey.Assert(await keys.LoginOptionsAsync(piet), Origin));
        var sameKeyAgain = await keys.RegisterAsync(sannesKey, enrolling);

        intruder.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
        sameKeyAgain.UserErrorCodes("completeSecurityKeyRegistration").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task The_user_must_be_present()
    {
        using var key = new SoftwareAuthenticator();
        var (_, pending) = await keys.KeyUserAtSecondStepAsync(key);
        key.SignCount = 1;

        var absent = await keys.VerifyAsync(pending, key.Assert(await keys.LoginOptionsAsync(pending), Origin, userPresent: false));

        absent.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
    }

    [Fact]
    public async Task A_removed_key_keeps_no_key_material_and_can_be_registered_again()
    {
        using var key = new SoftwareAuthenticator();
        var (employee, token) = await keys.FirstLoginAsync();
        var full = (await keys.RegisterAsync(key, token)).Payload("completeSecurityKeyRegistration").GetProperty("session").GetProperty("token").GetString()!;
        await SecondFactors.EnrollAsync(api.GraphQL(), employee.Email, full, "App");
        var keyId = (await Management.MyFactors.OfAsync(api, full)).Single(f => f.Method == "SECURITY_KEY").Id;

        var removed = await api.GraphQL().SendAsync(Management.MyFactors.Remove, new { input = new { factorId = keyId } }, full);
        var again = await keys.RegisterAsync(key, full);

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
