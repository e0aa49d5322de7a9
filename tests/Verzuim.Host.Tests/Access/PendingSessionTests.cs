using System.Net;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.Tests.Access;

/// <summary>
/// SECURITY.md, "Second factor": a session that has only passed the password reads no personal data and no schema;
/// it sees only what its second step needs.
/// </summary>
[Collection(HostApiCollection.Name)]
public sealed class PendingSessionTests(VerzuimApiFactory api)
{
    /// <summary>The root fields a password-only session may use: its second step, and what anyone may use.</summary>
    private static readonly string[] OpenToPendingSessions =
    [
        "passwordPolicy", "mySecondFactors",
        "login", "logout", "requestPasswordReset", "resetPassword", "validateInvitation", "completeRegistration",
        "beginAuthenticatorEnrollment", "confirmAuthenticatorEnrollment", "verifyAuthenticatorCode", "verifyRecoveryCode",
        "beginSmsEnrollment", "confirmSmsEnrollment", "sendSmsCode", "verifySmsCode",
        "beginSecurityKeyRegistration", "completeSecurityKeyRegistration", "beginSecurityKeyLogin", "verifySecurityKey",
    ];

    [Fact]
    public void Only_the_second_step_and_what_anyone_may_use_admit_a_password_only_session()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var pending = new EmployeeCaller(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), SessionState.PendingSecondFactor);

        var admitted = schema.Query.Fields.Concat(schema.Mutation!.Fields)
            .Where(field => field.GetAccess()!.Admits(pending)).Select(field => field.Name);

        admitted.Order().ShouldBe(OpenToPendingSessions.Order());
    }

    [Theory]
    [InlineData("PENDING_SECOND_FACTOR")]
    [InlineData("PENDING_ENROLLMENT")]
    public async Task No_field_of_me_is_readable_with_only_a_password(string state)
    {
        var (token, _) = await PendingEmployeeAsync(state);
        var schema = api.Services.GetRequiredService<ISchema>();

        foreach (var field in ((IObjectGraphType)schema.AllTypes["Employee"]!).Fields)
        {
            var selection = field.ResolvedType!.GetNamedType() is IComplexGraphType ? $"{field.Name} {{ __typename }}" : field.Name;
            var response = await api.GraphQL().SendAsync($"{{ me {{ ... on Employee {{ {selection} }} }} }}", token: token);

            response.Status.ShouldBe(HttpStatusCode.Unauthorized, field.Name);
            response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"], field.Name);
            response.Body.TryGetProperty("data", out _).ShouldBeFalse(field.Name);
        }
    }

    [Fact]
    public async Task An_employer_users_password_alone_reads_nothing_of_them_either()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var (token, state) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employer.HrEmail, TestEmployer.Password);
        state.ShouldBe("PENDING_SECOND_FACTOR");

        var response = await api.GraphQL().SendAsync("{ me { ... on EmployerUser { name email role } } }", token: token);

        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        response.Body.ToString().ShouldNotContain(employer.HrEmail);
    }

    [Theory]
    [InlineData("{ __schema { types { name } } }")]
    [InlineData("{ __schema { queryType { fields { name } } } }")]
    [InlineData("{ __type(name: \"Employee\") { fields { name } } }")]
    [InlineData("{ mySecondFactors { allowedMethods } __schema { mutationType { name } } }")]
    public async Task A_password_only_session_cannot_introspect_the_schema(string query)
    {
        var (token, _) = await PendingEmployeeAsync("PENDING_SECOND_FACTOR");

        var response = await api.GraphQL().SendAsync(query, token: token);

        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        response.Body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_second_step_sees_the_methods_to_offer_and_the_number_on_record_only_masked()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        await employer.AsHr(Gql.UpsertEmployees, new
        {
            input = new { employees = new[] { new { externalKey = employee.ExternalKey, firstName = "Sanne", lastName = "Vries", email = employee.Email,
                dateOfBirth = "1990-03-14", employmentStart = "2020-01-01", mobilePhone = "+31612345678" } } },
        });
        var token = await employer.FirstLoginAsync(employee);

        var response = await api.GraphQL().SendAsync("{ mySecondFactors { allowedMethods phoneNumberOnRecord factors { id } } }", token: token);

        var mine = response.Data.GetProperty("mySecondFactors");
        mine.GetProperty("allowedMethods").GetArrayLength().ShouldBeGreaterThan(0);
        mine.GetProperty("phoneNumberOnRecord").GetString().ShouldBe("+31 6 •••• 5678");
        response.Body.ToString().ShouldNotContain("612345678");
        response.Body.ToString().ShouldNotContain(employee.Email);
    }

    private async Task<(string Token, string State)> PendingEmployeeAsync(string state)
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        if (state == "PENDING_ENROLLMENT")
        {
            return (await employer.FirstLoginAsync(employee), state);
        }
        await employer.RegisterAsync(employee);
        var pending = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        pending.State.ShouldBe(state);
        return pending;
    }
}
