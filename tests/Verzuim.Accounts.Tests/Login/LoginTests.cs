using System.Net;
using Verzuim.Accounts.Passwords;

namespace Verzuim.Accounts.Tests.Login;

[Collection(AccountsApiCollection.Name)]
public sealed class LoginTests(VerzuimApiFactory api)
{
    private Task<GraphQLTestResponse> LogIn(string email, string password, string? from = null) =>
        api.GraphQL().SendAsync(Gql.Login, new { input = new { email, password } }, forwardedFor: from);

    [Fact]
    public async Task The_email_address_is_case_insensitive_and_the_password_exact()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);

        var mixedCase = await LogIn("  " + employee.Email.ToUpperInvariant() + " ", TestEmployer.Password);
        var otherCasePassword = await LogIn(employee.Email, TestEmployer.Password.ToUpperInvariant());

        mixedCase.Payload("login").GetProperty("session").GetProperty("state").GetString().ShouldBe("PENDING_SECOND_FACTOR");
        otherCasePassword.UserErrors("login").ShouldBe(["INVALID_CREDENTIALS"]);
    }

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var wrongPassword = await LogIn(employer.HrEmail, "not the right password");
        var unknown = await LogIn($"nobody-{Guid.NewGuid():N}@werkgever.test", "not the right password");

        unknown.Status.ShouldBe(wrongPassword.Status);
        unknown.Payload("login").ToString().ShouldBe(wrongPassword.Payload("login").ToString());
    }

    [Fact]
    public async Task Failed_logins_lock_the_address_for_a_growing_while_whether_or_not_it_exists()
    {
        var employer = await TestEmployer.CreateAsync(api);
        // The employer's own, stricter lockout must not make its addresses stand out from unknown ones.
        (await employer.AsHr("mutation { updateEmployerSettings(input: { lockout: { freeAttempts: 1, baseDelaySeconds: 3600, maxDelaySeconds: 86400 } }) { errors { code } } }"))
            .UserErrors("updateEmployerSettings").ShouldBeEmpty();
        var unknown = $"nobody-{Guid.NewGuid():N}@werkgever.test";

        async Task<(int? Wait, HttpStatusCode Status, string? RetryAfter)> Fail(string email)
        {
            var response = await LogIn(email, "not the right password");
            var wait = response.Payload("login").GetProperty("retryAfterSeconds");
            return (wait.ValueKind == System.Text.Json.JsonValueKind.Number ? wait.GetInt32() : null, response.Status,
                response.Response.Headers.RetryAfter?.ToString());
        }

        foreach (var email in new[] { employer.HrEmail, unknown })
        {
            (await Fail(email)).Wait.ShouldBeNull();
            (await Fail(email)).Wait.ShouldBeNull();
            (await Fail(email)).Wait.ShouldBeNull();
            var locked = await Fail(email);
            locked.Wait.ShouldNotBeNull();
            locked.Wait!.Value.ShouldBeInRange(55, 60);
            locked.Status.ShouldBe(HttpStatusCode.TooManyRequests);
            locked.RetryAfter.ShouldNotBeNull();
        }
        var evenTheRightPassword = await LogIn(employer.HrEmail, TestEmployer.Password);
        evenTheRightPassword.UserErrors("login").ShouldBe(["TOO_MANY_ATTEMPTS"]);
    }

    [Fact]
    public async Task A_long_password_is_never_truncated()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var password = "Lange zin " + new string('x', 100) + " eindigt op A";
        await employer.RegisterAsync(employee, password);

        var sameButLastCharacter = await LogIn(employee.Email, password[..^1] + "B");

        sameButLastCharacter.UserErrors("login").ShouldBe(["INVALID_CREDENTIALS"]);
        (await LogIn(employee.Email, password)).UserErrors("login").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_hash_made_with_fewer_iterations_is_upgraded_at_the_next_login()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        var weak = new PasswordHasher(10_000).Hash(TestEmployer.Password).Value;
        await Database.ExecuteAsync(api.ConnectionString, "UPDATE accounts.accounts SET password_hash = $1 WHERE email_normalized = $2", weak, employee.Email);

        (await LogIn(employee.Email, TestEmployer.Password)).UserErrors("login").ShouldBeEmpty();

        var stored = (string)(await Database.QueryAsync(api.ConnectionString, "SELECT password_hash FROM accounts.accounts WHERE email_normalized = $1", employee.Email))[0][0]!;
        stored.ShouldStartWith($"pbkdf2-sha512${PasswordHasher.DefaultIterations}$");
        (await LogIn(employee.Email, TestEmployer.Password)).UserErrors("login").ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_login_starts_a_new_session_with_its_own_token_stored_only_as_a_hash()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var first = await TestEmployer.LogInAsync(api.GraphQL(), employer.HrEmail, TestEmployer.Password);
        var second = await TestEmployer.LogInAsync(api.GraphQL(), employer.HrEmail, TestEmployer.Password);

        first.ShouldNotBe(second);
        System.Buffers.Text.Base64Url.DecodeFromChars(first.AsSpan("vzs_".Length)).Length.ShouldBeGreaterThanOrEqualTo(16);
        var dump = await Database.DumpAccountsSchemaAsync(api.ConnectionString);
        dump.ShouldNotContain(first);
        dump.ShouldContain(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first))));
    }
}
