using Verzuim.Accounts.Passwords;

namespace Verzuim.Accounts.Tests.Passwords;

[Collection(AccountsApiCollection.Name)]
public sealed class PasswordPolicyQueryTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task The_published_rules_are_the_lengths_and_exactly_the_codes_a_password_can_be_refused_with()
    {
        var published = (await api.GraphQL().SendAsync("{ passwordPolicy { minLength maxLength rules } }")).Data.GetProperty("passwordPolicy");
        string[] refusals = ["kort", new string('x', 200), "wachtwoord123456", "sanne1990sanne1990"];

        var codes = refusals.SelectMany(password => PasswordPolicy.Check(password, ["Sanne"])).Select(error => error.Code).Distinct();

        published.GetProperty("minLength").GetInt32().ShouldBe(PasswordPolicy.MinLength);
        published.GetProperty("maxLength").GetInt32().ShouldBe(PasswordPolicy.MaxLength);
        published.GetProperty("rules").EnumerateArray().Select(rule => rule.GetString()).Order().ShouldBe(codes.Order());
    }
}
