using System.Net;

namespace Verzuim.Accounts.Tests.Passwords;

[Collection(AccountsApiCollection.Name)]
public sealed class ChangePasswordTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_every_other_session()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var phone = await employer.RegisterAsync(employee);
        var laptop = await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        var wrongCurrent = await api.GraphQL().SendAsync(Gql.ChangePassword,
            new { input = new { currentPassword = "not my password", newPassword = "Mijn nieuwe lange wachtzin 42" } }, laptop);
        var changed = await api.GraphQL().SendAsync(Gql.ChangePassword,
            new { input = new { currentPassword = TestEmployer.Password, newPassword = "Mijn nieuwe lange wachtzin 42" } }, laptop);

        wrongCurrent.UserErrors("changePassword").ShouldBe(["WRONG_PASSWORD@input.currentPassword"]);
        var newSession = changed.Payload("changePassword").GetProperty("session").GetProperty("token").GetString()!;
        (await api.GraphQL().SendAsync(Gql.Me, token: phone)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GraphQL().SendAsync(Gql.Me, token: laptop)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GraphQL().SendAsync(Gql.Me, token: newSession)).Status.ShouldBe(HttpStatusCode.OK);
        (await api.Smtp.WaitForMailAsync(employee.Email, "gewijzigd")).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_new_password_follows_the_same_rules_and_may_not_be_the_current_one()
    {
        var employer = await TestEmployer.CreateAsync(api);

        async Task<IReadOnlyList<string>> Change(string newPassword) => (await employer.AsHr(Gql.ChangePassword,
            new { input = new { currentPassword = TestEmployer.Password, newPassword } })).UserErrors("changePassword");

        (await Change("kort")).ShouldContain("PASSWORD_TOO_SHORT@input.newPassword");
        (await Change("Hanna Hoekstra werkt bij HR")).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA@input.newPassword"]);
        (await Change($"{employer.Name} 2025!")).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA@input.newPassword"]);
        (await Change(TestEmployer.Password)).ShouldBe(["PASSWORD_UNCHANGED@input.newPassword"]);
    }
}
