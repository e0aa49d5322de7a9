using System.Diagnostics.Metrics;
using Verzuim.Accounts.Passwords;

namespace Verzuim.Accounts.Tests.Login;

/// <summary>Promises about work and time, measured while nothing else runs.</summary>
[Collection(QuietApiCollection.Name)]
public sealed class LoginCostTests(VerzuimApiFactory api)
{
    private Task<GraphQLTestResponse> LogIn(string email, string password) =>
        api.GraphQL().SendAsync(Gql.Login, new { input = new { email, password } });

    [Fact]
    public async Task An_oversized_password_is_refused_before_any_hashing_work()
    {
        var employer = await TestEmployer.CreateAsync(api);
        using var hashes = new HashCounter();

        var oversized = await LogIn(employer.HrEmail, new string('p', 10_000));
        var afterOversized = hashes.Count;
        await LogIn(employer.HrEmail, "a normal wrong password");

        oversized.UserErrors("login").ShouldBe(["INVALID_CREDENTIALS"]);
        afterOversized.ShouldBe(0);
        hashes.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Known_and_unknown_addresses_take_the_same_time_to_refuse()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var known = new List<double>();
        var unknown = new List<double>();
        await LogIn($"warm-{Guid.NewGuid():N}@werkgever.test", "warming up the hash");

        // Interleaved, each address at most twice, so no lockout changes the work done.
        for (var round = 0; round < 12; round++)
        {
            var knownAccount = await TestEmployer.CreateAsync(api);
            known.Add(await TimeAsync(() => LogIn(knownAccount.HrEmail, "wrong password " + round)));
            unknown.Add(await TimeAsync(() => LogIn($"nobody-{Guid.NewGuid():N}@werkgever.test", "wrong password " + round)));
        }

        var ratio = Median(unknown) / Median(known);
        ratio.ShouldBeInRange(0.75, 1.33, $"median unknown {Median(unknown):F1} ms, known {Median(known):F1} ms");
        employer.HrToken.ShouldStartWith("vzs_");
    }

    private static async Task<double> TimeAsync(Func<Task<GraphQLTestResponse>> request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await request();
        response.UserErrors("login").ShouldBe(["INVALID_CREDENTIALS"]);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Counts the password hashes the Host computes, through the metric it publishes.</summary>
    private sealed class HashCounter : IDisposable
    {
        private readonly MeterListener listener = new();
        private long count;

        public HashCounter()
        {
            listener.InstrumentPublished = (instrument, meters) =>
            {
                if (instrument.Meter.Name == PasswordHashingGate.MeterName)
                {
                    meters.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref count, value));
            listener.Start();
        }

        public long Count => Interlocked.Read(ref count);

        public void Dispose() => listener.Dispose();
    }
}
