namespace Verzuim.SecondFactor.Tests.Policies;

[Collection(SecondFactorApiCollection.Name)]
public sealed class EmployerPolicyTests(VerzuimApiFactory api)
{
    private const string Policy = "{ secondFactorPolicy { allowedMethods } }";

    private const string Update = """
        mutation($input: UpdateSecondFactorPolicyInput!) { updateSecondFactorPolicy(input: $input) { policy { allowedMethods } errors { code field } } }
        """;

    private static IReadOnlyList<string> Methods(GraphQLTestResponse response, params string[] path) =>
        [.. path.Aggregate(response.Data, (element, name) => element.GetProperty(name)).GetProperty("allowedMethods").EnumerateArray().Select(m => m.GetString()!)];

    [Fact]
    public async Task An_employer_allows_every_method_until_HR_chooses_strongest_first()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var policy = await employer.AsHr(Policy);

        Methods(policy, "secondFactorPolicy").ShouldBe(["SECURITY_KEY", "AUTHENTICATOR_APP", "SMS"]);
    }

    [Fact]
    public async Task HR_limits_the_methods_and_the_employers_people_see_the_limit()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var session = await employer.RegisterAsync(employee);

        var updated = await employer.AsHr(Update, new { input = new { allowedMethods = new[] { "SMS", "SECURITY_KEY", "SMS" } } });
        var seenByEmployee = await api.GraphQL().SendAsync(Policy, token: session);

        Methods(updated, "updateSecondFactorPolicy", "policy").ShouldBe(["SECURITY_KEY", "SMS"]);
        Methods(seenByEmployee, "secondFactorPolicy").ShouldBe(["SECURITY_KEY", "SMS"]);
    }

    [Fact]
    public async Task At_least_one_method_stays_allowed()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var refused = await employer.AsHr(Update, new { input = new { allowedMethods = Array.Empty<string>() } });

        refused.UserErrors("updateSecondFactorPolicy").ShouldBe(["REQUIRED@input.allowedMethods"]);
        Methods(await employer.AsHr(Policy), "secondFactorPolicy").Count.ShouldBe(3);
    }

    [Fact]
    public async Task Only_HR_changes_the_policy_and_only_for_its_own_employer()
    {
        var ours = await TestEmployer.CreateAsync(api);
        var theirs = await TestEmployer.CreateAsync(api);
        var employeeSession = await ours.RegisterAsync(await ours.AddEmployeeAsync());

        var byEmployee = await api.GraphQL().SendAsync(Update, new { input = new { allowedMethods = new[] { "SMS" } } }, employeeSession);
        await theirs.AsHr(Update, new { input = new { allowedMethods = new[] { "SMS" } } });

        byEmployee.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        Methods(await ours.AsHr(Policy), "secondFactorPolicy").Count.ShouldBe(3);
    }
}
