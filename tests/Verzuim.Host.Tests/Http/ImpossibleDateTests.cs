namespace Verzuim.Host.Tests.Http;

/// <summary>
/// An impossible date gets its own code and names its field, whether it comes in a variable or in the document: in the
/// mutation's payload `errors`, as every other refused value; at the request's level for a query.
/// </summary>
[Collection(HostApiCollection.Name)]
public sealed class ImpossibleDateTests(VerzuimApiFactory api)
{
    private static object Employee(string dateOfBirth) => new
    {
        externalKey = "k1", firstName = "Anna", lastName = "Smit", email = "anna@werknemer.test", dateOfBirth, employmentStart = "2020-01-01",
    };

    [Theory]
    [InlineData("1991-02-29", "INVALID_DATE", "February 1991 has 28 days")]
    [InlineData("2026-04-31", "INVALID_DATE", "April 2026 has 30 days")]
    [InlineData("2026-13-01", "INVALID_DATE", "there is no month 13")]
    [InlineData("14-03-1990", "INVALID_VALUE", "yyyy-MM-dd")]
    [InlineData("1990/03/14", "INVALID_VALUE", "yyyy-MM-dd")]
    public async Task A_date_in_a_variable_is_refused_with_its_code_and_field(string dateOfBirth, string code, string explanation)
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr(Gql.UpsertEmployees, new { input = new { employees = new[] { Employee("1990-03-14"), Employee(dateOfBirth) } } });

        response.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        response.ErrorCodes.ShouldBeEmpty();
        response.UserErrors("upsertEmployees").ShouldBe([$"{code}@input.employees.1.dateOfBirth"]);
        response.Data.GetProperty("upsertEmployees").GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain(explanation);
        response.Data.GetProperty("upsertEmployees").GetProperty("employees").GetArrayLength().ShouldBe(0);
        response.Data.GetProperty("upsertEmployees").GetProperty("created").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_date_written_in_the_document_is_refused_the_same_way()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr("""
            mutation { upsertEmployees(input: { employees: [{ externalKey: "k1", firstName: "Anna", lastName: "Smit", email: "anna@werknemer.test",
              dateOfBirth: "1991-02-29", employmentStart: "2020-01-01" }] }) { ... on UpsertEmployeesPayload { kind: __typename } errors { code field } } }
            """);

        response.UserErrors("upsertEmployees").ShouldBe(["INVALID_DATE@input.employees.0.dateOfBirth"], response.Body.ToString());
        response.Data.GetProperty("upsertEmployees").GetProperty("kind").GetString().ShouldBe("UpsertEmployeesPayload");
    }

    [Fact]
    public async Task A_document_that_asks_for_more_than_the_mutation_keeps_the_error_at_the_request_level()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr(
            "mutation($input: UpsertEmployeesInput!) { upsertEmployees(input: $input) { errors { code } } __typename }",
            new { input = new { employees = new[] { Employee("1991-02-29") } } });

        response.Status.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["INVALID_DATE"]);
        response.Body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_date_argument_of_a_query_names_its_variable()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr("query($from: Date) { absences(from: $from) { edges { cursor } } }", new { from = "2026-02-30" });

        response.ErrorCodes.ShouldBe(["INVALID_DATE"]);
        response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").EnumerateArray().Select(part => part.GetString()).ShouldBe(["from"]);
    }
}
