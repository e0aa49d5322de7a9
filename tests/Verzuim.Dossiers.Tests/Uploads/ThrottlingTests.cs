using System.Net;

namespace Verzuim.Dossiers.Tests.Uploads;

public sealed class ThrottlingTests(ThrottledApiFactory api) : IClassFixture<ThrottledApiFactory>
{
    [Fact]
    public async Task The_file_endpoints_are_throttled_per_address_like_the_API()
    {
        async Task<HttpResponseMessage> DownloadFrom(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/dossiers/documents/RG9j/content");
            request.Headers.Add("X-Forwarded-For", address);
            return await api.CreateClient().SendAsync(request);
        }

        HttpResponseMessage? last = null;
        for (var request = 0; request <= ThrottledApiFactory.RequestsPerMinute; request++)
        {
            last = await DownloadFrom("198.51.100.21");
        }
        var otherAddress = await DownloadFrom("198.51.100.22");

        last!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        last.Headers.RetryAfter.ShouldNotBeNull();
        otherAddress.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
