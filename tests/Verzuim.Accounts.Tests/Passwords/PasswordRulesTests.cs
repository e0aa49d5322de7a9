using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Passwords;

namespace Verzuim.Accounts.Tests.Passwords;

public sealed class PasswordRulesTests
{
    private static IReadOnlyList<string> Check(string password, params string[] personal) =>
        [.. PasswordPolicy.Check(password, personal, "password").Select(error => error.Code)];

    [Fact]
    public void Length_counts_characters_as_people_see_them()
    {
        Check(string.Concat(Enumerable.Repeat("🚲", 6)) + "fietsen!").ShouldBeEmpty();
        Check(string.Concat(Enumerable.Repeat("🚲", 128))).ShouldNotContain("PASSWORD_TOO_LONG");
        Check(string.Concat(Enumerable.Repeat("🚲", 129))).ShouldBe(["PASSWORD_TOO_LONG"]);
    }

    [Theory]
    [InlineData("correct paard batterij nietje")]
    [InlineData("alleen kleine letters zonder cijfers")]
    [InlineData("ALLEEN HOOFDLETTERS MAG OOK PRIMA")]
    public void There_are_no_composition_rules(string password) => Check(password).ShouldBeEmpty();

    [Theory]
    [InlineData("wachtwoord123")]
    [InlineData("Welkom12345!")]
    [InlineData("qwertyuiopasdf")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("Feyenoord1908")]
    public void Common_or_easily_guessed_passwords_are_refused(string password) => Check(password).ShouldBe(["PASSWORD_TOO_COMMON"]);

    [Theory]
    [InlineData("Zoë de Vries heeft een fiets", "Zoë")]
    [InlineData("zoe-fietst-graag-elke-dag", "Zoë")]
    [InlineData("mijn-geboortedag-14031990", "14031990")]
    [InlineData("sanne.devries@werk", "sanne.devries")]
    public void The_users_own_name_email_or_birth_date_is_refused(string password, string personal) =>
        Check(password, personal).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA"]);

    [Theory]
    [InlineData("Mijn verzuim wachtzin 2025!")]
    [InlineData("Werknemerportaal-Lente-42")]
    public void The_portals_own_name_is_refused_for_everyone(string password) => Check(password).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA"]);

    [Fact]
    public void The_hash_is_PBKDF2_SHA512_with_at_least_220000_iterations_and_a_unique_salt()
    {
        var hasher = new PasswordHasher(PasswordHasher.DefaultIterations);

        var first = hasher.Hash("dezelfde lange wachtzin").Value;
        var second = hasher.Hash("dezelfde lange wachtzin").Value;

        PasswordHasher.DefaultIterations.ShouldBeGreaterThanOrEqualTo(220_000);
        first.ShouldStartWith($"pbkdf2-sha512${PasswordHasher.DefaultIterations}$");
        first.ShouldNotBe(second);
        hasher.Verify("dezelfde lange wachtzin", first).ShouldBe(PasswordVerification.Succeeded);
        hasher.Verify("dezelfde lange wachtzim", first).ShouldBe(PasswordVerification.Failed);
    }

    [Fact]
    public void A_hash_with_fewer_iterations_verifies_and_asks_to_be_upgraded()
    {
        var old = new PasswordHasher(1_000).Hash("een oude wachtzin").Value;

        new PasswordHasher(PasswordHasher.DefaultIterations).Verify("een oude wachtzin", old).ShouldBe(PasswordVerification.SucceededNeedsRehash);
    }

    [Fact]
    public void A_lockout_starts_after_the_free_attempts_doubles_and_stops_at_the_maximum()
    {
        var policy = LockoutPolicy.Default;

        Enumerable.Range(0, 9).Select(failures => policy.DelayAfter(failures)?.TotalSeconds)
            .ShouldBe([null, null, null, 60, 120, 240, 480, 900, 900]);
        policy.DelayAfter(int.MaxValue)!.Value.TotalSeconds.ShouldBe(900);
    }
}
