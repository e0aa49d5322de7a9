namespace Verzuim.SecondFactor.Tests.SecurityKeys;

/// <summary>The security-key steps of registration and login, over GraphQL, with a software authenticator.</summary>
public sealed class KeyCeremonies(VerzuimApiFactory api)
{
    public const string Origin = "https://portaal.verzuim.test";

    private const string BeginRegistration = "mutation { beginSecurityKeyRegistration { optionsJson errors { code } } }";

    private const string CompleteRegistration = """
        mutation($input: CompleteSecurityKeyRegistrationInput!) { completeSecurityKeyRegistration(input: $input) { factor { name method } session { token state } recoveryCodes errors { code } } }
        """;

    private const string BeginLogin = "mutation { beginSecurityKeyLogin { optionsJson errors { code } } }";

    private const string Verify = """
        mutation($input: VerifySecurityKeyInput!) { verifySecurityKey(input: $input) { session { token state } errors { code } } }
        """;

    /// <summary>A registered employee at the first login's set-up step.</summary>
    public async Task<(TestEmployee Employee, string Token)> FirstLoginAsync()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        return (employee, await employer.FirstLoginAsync(employee));
    }

    public async Task<GraphQLTestResponse> RegisterAsync(SoftwareAuthenticator key, string token, string origin = Origin)
    {
        var options = (await api.GraphQL().SendAsync(BeginRegistration, token: token)).Payload("beginSecurityKeyRegistration").GetProperty("optionsJson").GetString()!;
        return await api.GraphQL().SendAsync(CompleteRegistration, new { input = new { attestation = key.Register(options, origin), name = "Sleutelbos" } }, token);
    }

    /// <summary>An employee with this key as their only factor, at the second step of a new login.</summary>
    public async Task<(TestEmployee Employee, string Token)> KeyUserAtSecondStepAsync(SoftwareAuthenticator key)
    {
        var (employee, token) = await FirstLoginAsync();
        (await RegisterAsync(key, token)).UserErrors("completeSecurityKeyRegistration").ShouldBeEmpty();
        return (employee, (await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password)).Token);
    }

    public async Task<string> LoginOptionsAsync(string token) =>
        (await api.GraphQL().SendAsync(BeginLogin, token: token)).Payload("beginSecurityKeyLogin").GetProperty("optionsJson").GetString()!;

    public Task<GraphQLTestResponse> VerifyAsync(string token, string assertion) =>
        api.GraphQL().SendAsync(Verify, new { input = new { assertion } }, token);
}
