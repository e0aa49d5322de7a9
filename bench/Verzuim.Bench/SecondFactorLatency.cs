using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Verzuim.Testing;

namespace Verzuim.Bench;

/// <summary>
/// The second step of a login, timed on its own: one client logs in with the password (not timed), then sends the
/// factor (timed from send to answer, including HTTP, GraphQL and PostgreSQL). Every sample is a new login.
/// </summary>
internal static class SecondFactorLatency
{
    private const string VerifyCode = "mutation($i: SecondFactorCodeInput!) { verifyAuthenticatorCode(input: $i) { session { state } } }";
    private const string BeginKeyLogin = "mutation { beginSecurityKeyLogin { optionsJson } }";
    private const string VerifyKey = "mutation($i: VerifySecurityKeyInput!) { verifySecurityKey(input: $i) { session { state } } }";
    private const string BeginKeyRegistration = "mutation { beginSecurityKeyRegistration { optionsJson } }";
    private const string CompleteKeyRegistration = "mutation($i: CompleteSecurityKeyRegistrationInput!) { completeSecurityKeyRegistration(input: $i) { errors { code } } }";

    /// <summary>TOTP: the clock moves one 30-second step per sample, as each step is accepted once per account.</summary>
    public static async Task<Measurement> AuthenticatorAppAsync(BenchHost host, HttpClient client, string email, int samples)
    {
        var secret = SecondFactors.SecretOf(email);
        var latencies = new List<double>(samples);
        var failures = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < samples; i++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(30));
            var pending = await PasswordStepAsync(client, email);
            var code = SecondFactors.CodeFor(secret, SecondFactors.StepAt(host.Clock.GetUtcNow()));
            var (ok, elapsed) = await TimedAsync(client, pending, VerifyCode, new { i = new { code } });
            Record(ok, elapsed, latencies, ref failures);
        }
        return Measurement.From("TOTP verify", latencies, failures, total.Elapsed);
    }

    /// <summary>Adds a software security key to the account (a full session with a fresh login check).</summary>
    public static async Task<SoftwareAuthenticator> RegisterKeyAsync(HttpClient client, string fullToken)
    {
        var key = new SoftwareAuthenticator();
        var registration = await PostAsync(client, fullToken, BeginKeyRegistration, null);
        var attestation = key.Register(registration.GetProperty("data").GetProperty("beginSecurityKeyRegistration").GetProperty("optionsJson").GetString()!, VerzuimApiFactory.PortalUrl);
        var completed = await PostAsync(client, fullToken, CompleteKeyRegistration, new { i = new { attestation, name = "Bench" } });
        return completed.GetProperty("data").GetProperty("completeSecurityKeyRegistration").GetProperty("errors").GetArrayLength() == 0
            ? key
            : throw new InvalidOperationException(completed.GetRawText());
    }

    /// <summary>WebAuthn: the options (with a fresh challenge) and the signed assertion, timed each.</summary>
    public static async Task<(Measurement Begin, Measurement Verify)> SecurityKeyAsync(HttpClient client, string email, SoftwareAuthenticator key, int samples)
    {
        var begins = new List<double>(samples);
        var verifies = new List<double>(samples);
        var (beginFailures, verifyFailures) = (0, 0);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < samples; i++)
        {
            var pending = await PasswordStepAsync(client, email);
            var started = Stopwatch.GetTimestamp();
            var options = (await PostAsync(client, pending, BeginKeyLogin, null)).GetProperty("data").GetProperty("beginSecurityKeyLogin").GetProperty("optionsJson");
            Record(options.ValueKind == JsonValueKind.String, Stopwatch.GetElapsedTime(started).TotalMilliseconds, begins, ref beginFailures);
            key.SignCount++;
            var assertion = key.Assert(options.GetString()!, VerzuimApiFactory.PortalUrl);
            var (ok, elapsed) = await TimedAsync(client, pending, VerifyKey, new { i = new { assertion } });
            Record(ok, elapsed, verifies, ref verifyFailures);
        }
        return (Measurement.From("WebAuthn options (begin)", begins, beginFailures, total.Elapsed),
            Measurement.From("WebAuthn assertion verify", verifies, verifyFailures, total.Elapsed));
    }

    private static void Record(bool ok, double elapsed, List<double> latencies, ref int failures)
    {
        if (ok)
        {
            latencies.Add(elapsed);
        }
        else
        {
            failures++;
        }
    }

    private static async Task<string> PasswordStepAsync(HttpClient client, string email)
    {
        var login = await PostAsync(client, null, "mutation($i: LoginInput!) { login(input: $i) { session { token } } }",
            new { i = new { email, password = TestEmployer.Password } });
        return login.GetProperty("data").GetProperty("login").GetProperty("session").GetProperty("token").GetString()!;
    }

    private static async Task<(bool Ok, double Milliseconds)> TimedAsync(HttpClient client, string token, string query, object variables)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await PostAsync(client, token, query, variables);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return (body.GetRawText().Contains("\"FULL\"", StringComparison.Ordinal), elapsed);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string? token, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
