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

        var ratio = Typical(unknown) / Typical(known);
        ratio.ShouldBeInRange(0.75, 1.33, $"typical unknown {Typical(unknown):F1} ms, known {Typical(known):F1} ms");
        employer.HrToken.ShouldStartWith("vzs_");
    }

    [Fact]
    public async Task An_unknown_invitation_link_and_a_wrong_birth_date_take_the_same_time()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var known = new List<double>();
        var unknown = new List<double>();
        for (var round = 0; round < 12; round++)
        {
            var employee = await employer.AddEmployeeAsync();
            var token = await employer.InviteAsync(employee);
            known.Add(await TimeAnyAsync(() => Validate(token, employee.Email, "2001-01-01")));
            unknown.Add(await TimeAnyAsync(() => Validate("vzi_" + Guid.NewGuid().ToString("N") + "abcdefghijk", employee.Email, "2001-01-01")));
        }

        (Typical(unknown) / Typical(known)).ShouldBeInRange(0.8, 1.25, $"typical unknown {Typical(unknown):F1} ms, known {Typical(known):F1} ms");
    }

    [Fact]
    public async Task A_reset_request_takes_the_same_time_whether_or_not_the_address_has_an_account()
    {
        var known = new List<double>();
        var unknown = new List<double>();
        for (var round = 0; round < 8; round++)
        {
            var employer = await TestEmployer.CreateAsync(api);
            known.Add(await TimeAnyAsync(() => api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = employer.HrEmail } })));
            unknown.Add(await TimeAnyAsync(() => api.GraphQL().SendAsync(Gql.RequestPasswordReset, new { input = new { email = $"nobody-{Guid.NewGuid():N}@x.test" } })));
        }

        (Typical(unknown) / Typical(known)).ShouldBeInRange(0.8, 1.25, $"typical unknown {Typical(unknown):F1} ms, known {Typical(known):F1} ms");
    }

    private Task<GraphQLTestResponse> Validate(string token, string email, string dateOfBirth) =>
        api.GraphQL().SendAsync(Gql.ValidateInvitation, new { input = new { token, email, dateOfBirth } });

    private static async Task<double> TimeAnyAsync(Func<Task<GraphQLTestResponse>> request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        (await request()).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> TimeAsync(Func<Task<GraphQLTestResponse>> request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await request();
        response.UserErrors("login").ShouldBe(["INVALID_CREDENTIALS"]);
        return clock.Elapsed.TotalMilliseconds;
    }

    // Other test assemblies run at the same time and only ever add delay, so the fastest sample shows the work done.
    private static double Typical(List<double> values) => values.Min();

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
