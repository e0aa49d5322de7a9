namespace Verzuim.SecondFactor.Tests.Management;

/// <summary>The GraphQL the manage page uses, for tests that change an employee's own factors.</summary>
internal static class MyFactors
{
    public const string List = "{ mySecondFactors { factors { id name method } recoveryCodesLeft changesAllowedUntil } }";

    public const string Rename = """
        mutation($input: RenameSecondFactorInput!) { renameSecondFactor(input: $input) { factor { id name } errors { code field } } }
        """;

    public const string Remove = """
        mutation($input: SecondFactorIdInput!) { removeSecondFactor(input: $input) { factor { id } errors { code field } } }
        """;

    public const string RenewRecoveryCodes = "mutation { renewRecoveryCodes { recoveryCodes errors { code } } }";

    public const string Subject = "Je tweestapsverificatie is gewijzigd";

    public static async Task<IReadOnlyList<(string Id, string Name, string Method)>> OfAsync(VerzuimApiFactory api, string token)
    {
        var response = await api.GraphQL().SendAsync(List, token: token);
        return [.. response.Payload("mySecondFactors").GetProperty("factors").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("name").GetString()!, f.GetProperty("method").GetString()!))];
    }

    public static async Task<int> RecoveryCodesLeftAsync(VerzuimApiFactory api, string token) =>
        (await api.GraphQL().SendAsync(List, token: token)).Payload("mySecondFactors").GetProperty("recoveryCodesLeft").GetInt32();

    /// <summary>A second authenticator app on a full session; the tests' app then answers with this one.</summary>
    public static async Task<string> AddAppAsync(VerzuimApiFactory api, TestEmployee employee, string token, string name)
    {
        var added = await SecondFactors.EnrollAsync(api.GraphQL(), employee.Email, token, name);
        added.UserErrors("confirmAuthenticatorEnrollment").ShouldBeEmpty();
        return (await OfAsync(api, token)).Single(f => f.Name == name).Id;
    }
}
