using System.Buffers.Text;
using System.Text.Json;

namespace Verzuim.SecondFactor.Tests.SecurityKeys;

/// <summary>SECURITY.md, "Second factor": a WebAuthn challenge is random, at least 16 bytes, and lives five minutes.</summary>
[Collection(ClockedApiCollection.Name)]
public sealed class SecurityKeyChallengeTests(ClockedApiFactory api)
{
    private readonly KeyCeremonies keys = new(api);

    [Fact]
    public async Task Each_challenge_is_new_and_at_least_sixteen_bytes()
    {
        using var key = new SoftwareAuthenticator();
        var (_, pending) = await keys.KeyUserAtSecondStepAsync(key);

        var first = Challenge(await keys.LoginOptionsAsync(pending));
        var second = Challenge(await keys.LoginOptionsAsync(pending));

        first.Length.ShouldBeGreaterThanOrEqualTo(16);
        second.ShouldNotBe(first);
    }

    [Fact]
    public async Task A_challenge_older_than_five_minutes_is_refused_while_a_fresh_one_works()
    {
        using var key = new SoftwareAuthenticator();
        var (_, pending) = await keys.KeyUserAtSecondStepAsync(key);
        var stale = await keys.LoginOptionsAsync(pending);

        api.Clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        key.SignCount = 1;
        var late = await keys.VerifyAsync(pending, key.Assert(stale, KeyCeremonies.Origin));
        key.SignCount = 2;
        var fresh = await keys.VerifyAsync(pending, key.Assert(await keys.LoginOptionsAsync(pending), KeyCeremonies.Origin));

        late.UserErrorCodes("verifySecurityKey").ShouldBe(["KEY_NOT_ACCEPTED"]);
        fresh.Payload("verifySecurityKey").GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
    }

    private static byte[] Challenge(string optionsJson) =>
        Base64Url.DecodeFromChars(JsonDocument.Parse(optionsJson).RootElement.GetProperty("challenge").GetString());
}
