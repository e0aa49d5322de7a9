namespace Verzuim.Testing;

/// <summary>An employee who registered and logged in fully, with their employer.</summary>
public sealed record SignedInEmployee(TestEmployer Employer, TestEmployee Employee, string Token)
{
    public static async Task<SignedInEmployee> CreateAsync(VerzuimApiFactory api, TestEmployer? employer = null)
    {
        employer ??= await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        return new SignedInEmployee(employer, employee, await employer.RegisterAsync(employee));
    }

    public Task<GraphQLTestResponse> SendAsync(string query, object? variables = null) => Employer.Client.SendAsync(query, variables, Token);

    public Task<GraphQLTestResponse> AsHr(string query, object? variables = null) => Employer.AsHr(query, variables);
}
