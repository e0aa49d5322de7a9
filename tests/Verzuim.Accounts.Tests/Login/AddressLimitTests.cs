using System.Net;

namespace Verzuim.Accounts.Tests.Login;

public sealed class AddressLimitTests(LowLimitsApiFactory api) : IClassFixture<LowLimitsApiFactory>
{
    [Fact]
    public async Task Failed_logins_are_limited_per_source_address_across_accounts()
    {
        async Task<IReadOnlyList<string>> Fail(string from) => (await api.GraphQL().SendAsync(Gql.Login,
            new { input = new { email = $"nobody-{Guid.NewGuid():N}@werkgever.test", password = "guessing 12345" } }, forwardedFor: from)).UserErrorCodes("login");

        for (var attempt = 0; attempt < LowLimitsApiFactory.FailuresPerSource; attempt++)
        {
            (await Fail("203.0.113.10")).ShouldBe(["INVALID_CREDENTIALS"]);
        }

        (await Fail("203.0.113.10")).ShouldBe(["TOO_MANY_ATTEMPTS"]);
        (await Fail("203.0.113.11")).ShouldBe(["INVALID_CREDENTIALS"]);
    }

    [Fact]
    public async Task Too_many_requests_from_one_address_get_429_with_retry_after()
    {
        GraphQLTestResponse? last = null;
        for (var request = 0; request <= LowLimitsApiFactory.RequestsPerMinute; request++)
        {
            last = await api.GraphQL().SendAsync("{ passwordPolicy { minLength } }", forwardedFor: "198.51.100.7");
        }
        var otherAddress = await api.GraphQL().SendAsync("{ passwordPolicy { minLength } }", forwardedFor: "198.51.100.8");

        last!.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        last.Response.Headers.RetryAfter.ShouldNotBeNull();
        last.ErrorCodes.ShouldBe(["TOO_MANY_REQUESTS"]);
        otherAddress.Status.ShouldBe(HttpStatusCode.OK);
    }
}
