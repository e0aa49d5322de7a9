using System.Net;

namespace Verzuim.SecondFactor.Tests.Management;

/// <summary>HR resets the second factor of an employee who lost everything; only its own employees, only HR.</summary>
[Collection(SecondFactorApiCollection.Name)]
public sealed class ResetSecondFactorTests(VerzuimApiFactory api)
{
    private const string Reset = """
        mutation($input: ResetSecondFactorInput!) { resetSecondFactor(input: $input) { factorsRemoved errors { code field } } }
        """;

    private const string Status = """
        query($id: ID!) { employeeSecondFactors(employeeId: $id) { factors { method createdAt lastUsedAt } recoveryCodesLeft } }
        """;

    [Fact]
    public async Task A_reset_removes_every_factor_ends_every_session_and_the_next_login_sets_up_a_new_factor()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var session = await employer.RegisterAsync(employee);
        var before = await employer.AsHr(Status, new { id = employee.Id });

        var reset = await employer.AsHr(Reset, new { input = new { employeeId = employee.Id } });

        reset.UserErrors("resetSecondFactor").ShouldBeEmpty();
        reset.Payload("resetSecondFactor").GetProperty("factorsRemoved").GetInt32().ShouldBe(1);
        before.Payload("employeeSecondFactors").GetProperty("factors")[0].GetProperty("method").GetString().ShouldBe("AUTHENTICATOR_APP");
        before.Payload("employeeSecondFactors").GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(10);
        var after = (await employer.AsHr(Status, new { id = employee.Id })).Payload("employeeSecondFactors");
        after.GetProperty("factors").GetArrayLength().ShouldBe(0);
        after.GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(0);
        (await api.GraphQL().SendAsync(Gql.Me, token: session)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password)).State.ShouldBe("PENDING_ENROLLMENT");
        await api.Smtp.WaitForMailAsync(employee.Email, MyFactors.Subject, textContains: "Je werkgever heeft je tweestapsverificatie opnieuw ingesteld");
    }

    [Fact]
    public async Task HR_of_another_employer_can_neither_reset_nor_see_an_employees_factors()
    {
        var ours = await TestEmployer.CreateAsync(api);
        var theirs = await TestEmployer.CreateAsync(api);
        var employee = await ours.AddEmployeeAsync();
        var session = await ours.RegisterAsync(employee);

        var reset = await theirs.AsHr(Reset, new { input = new { employeeId = employee.Id } });
        var seen = await theirs.AsHr(Status, new { id = employee.Id });

        reset.UserErrors("resetSecondFactor").ShouldBe(["NOT_FOUND@input.employeeId"]);
        seen.Data.GetProperty("employeeSecondFactors").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await api.GraphQL().SendAsync(Gql.Me, token: session)).Status.ShouldBe(HttpStatusCode.OK);
        (await MyFactors.OfAsync(api, session)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_unregistered_employee_and_a_malformed_id_are_not_found()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var unregistered = await employer.AddEmployeeAsync();

        foreach (var id in new[] { unregistered.Id, "nonsense", "" })
        {
            (await employer.AsHr(Reset, new { input = new { employeeId = id } })).UserErrors("resetSecondFactor").ShouldBe(["NOT_FOUND@input.employeeId"], id);
        }
    }

    [Fact]
    public async Task Only_HR_resets_not_the_employee_and_not_a_payroll_client()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var session = await employer.RegisterAsync(employee);
        var created = await employer.AsHr("mutation { createApiClient(input: { name: \"Salaris\", scopes: [EMPLOYEES_READ, EMPLOYEES_WRITE] }) { key } }");
        var apiKey = created.Payload("createApiClient").GetProperty("key").GetString();

        var byEmployee = await api.GraphQL().SendAsync(Reset, new { input = new { employeeId = employee.Id } }, session);
        var byClient = await api.GraphQL().SendAsync(Reset, new { input = new { employeeId = employee.Id } }, apiKey);
        var seenByClient = await api.GraphQL().SendAsync(Status, new { id = employee.Id }, apiKey);

        byEmployee.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        byClient.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        seenByClient.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await MyFactors.OfAsync(api, session)).Count.ShouldBe(1);
    }
}
