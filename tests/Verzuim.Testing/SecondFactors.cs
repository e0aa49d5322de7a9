using System.Collections.Concurrent;
using OtpNet;

namespace Verzuim.Testing;

/// <summary>
/// The tests' authenticator app: it sets up a TOTP factor the first time an account logs in and answers the second
/// step afterwards, with codes computed on the Host's own clock. A time step is never used twice, as the Host
/// demands; when the steps around "now" are used up, a recovery code is spent instead.
/// </summary>
public static class SecondFactors
{
    private sealed record App(byte[] Secret, long LastStep, Queue<string> RecoveryCodes);

    private static readonly ConcurrentDictionary<string, App> Apps = new(StringComparer.OrdinalIgnoreCase);

    private const string Begin = "mutation { beginAuthenticatorEnrollment { factorId key errors { code } } }";

    private const string Confirm = """
        mutation($input: ConfirmAuthenticatorEnrollmentInput!) { confirmAuthenticatorEnrollment(input: $input) { session { token state } recoveryCodes errors { code } } }
        """;

    private const string Verify = """
        mutation($input: SecondFactorCodeInput!) { verifyAuthenticatorCode(input: $input) { session { token state } errors { code } } }
        """;

    private const string Recover = """
        mutation($input: SecondFactorCodeInput!) { verifyRecoveryCode(input: $input) { session { token state } errors { code } } }
        """;

    public static byte[] SecretOf(string email) => Apps[email.Trim()].Secret;

    /// <summary>One of the account's unused recovery codes, as the user would take it from their printout.</summary>
    public static string TakeRecoveryCode(string email) => Apps[email.Trim()].RecoveryCodes.Dequeue();

    public static string CodeFor(byte[] secret, long step) => new Totp(secret).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);

    public static long StepAt(DateTimeOffset moment) => moment.ToUnixTimeSeconds() / 30;

    /// <summary>Completes a password-only session into a full one; returns the full session's token.</summary>
    public static async Task<string> CompleteAsync(GraphQLTestClient client, string email, string token, string state) => state switch
    {
        "FULL" => token,
        "PENDING_ENROLLMENT" => await EnrollAsync(client, email.Trim(), token),
        "PENDING_SECOND_FACTOR" => await VerifyAsync(client, email.Trim(), token),
        _ => throw new InvalidOperationException($"Unknown session state {state}."),
    };

    /// <summary>Sets up an authenticator app on a session that may add one; returns the payload of the confirmation.</summary>
    public static async Task<GraphQLTestResponse> EnrollAsync(GraphQLTestClient client, string email, string token, string? name = null)
    {
        var begun = await client.SendAsync(Begin, token: token);
        var payload = begun.Payload("beginAuthenticatorEnrollment");
        var secret = Base32Encoding.ToBytes(payload.GetProperty("key").GetString()!.Replace(" ", "", StringComparison.Ordinal));
        var step = StepAt(client.Clock.GetUtcNow());
        var confirmed = await client.SendAsync(Confirm,
            new { input = new { factorId = payload.GetProperty("factorId").GetString(), code = CodeFor(secret, step), name } }, token);
        var codes = confirmed.Payload("confirmAuthenticatorEnrollment").GetProperty("recoveryCodes");
        var recovery = codes.ValueKind == System.Text.Json.JsonValueKind.Array
            ? new Queue<string>(codes.EnumerateArray().Select(code => code.GetString()!))
            : Apps.TryGetValue(email.Trim(), out var earlier) ? earlier.RecoveryCodes : new Queue<string>();
        Apps[email.Trim()] = new App(secret, step, recovery);
        return confirmed;
    }

    private static async Task<string> EnrollAsync(GraphQLTestClient client, string email, string token) =>
        (await EnrollAsync(client, email, token, null)).Payload("confirmAuthenticatorEnrollment").GetProperty("session").GetProperty("token").GetString()
            ?? throw new InvalidOperationException("Enrollment gave no session.");

    /// <summary>A code the app would show that the Host has not accepted yet, or null when the steps around now are used.</summary>
    public static string? NextCode(string email, TimeProvider clock)
    {
        var app = Apps[email.Trim()];
        var now = StepAt(clock.GetUtcNow());
        // The oldest step the Host still accepts ten seconds from now, so that a step boundary passing
        // between this call and the Host's check cannot turn a good code into a stale one.
        var oldestSafe = StepAt(clock.GetUtcNow() + TimeSpan.FromSeconds(10)) - 1;
        var step = Math.Max(oldestSafe, app.LastStep + 1);
        if (step > now + 1)
        {
            return null;
        }
        Apps[email.Trim()] = app with { LastStep = step };
        return CodeFor(app.Secret, step);
    }

    private static async Task<string> VerifyAsync(GraphQLTestClient client, string email, string token)
    {
        GraphQLTestResponse response;
        if (NextCode(email, client.Clock) is { } code)
        {
            response = await client.SendAsync(Verify, new { input = new { code } }, token);
            return response.Payload("verifyAuthenticatorCode").GetProperty("session").GetProperty("token").GetString()
                ?? throw new InvalidOperationException(response.Body.ToString());
        }
        response = await client.SendAsync(Recover, new { input = new { code = Apps[email].RecoveryCodes.Dequeue() } }, token);
        return response.Payload("verifyRecoveryCode").GetProperty("session").GetProperty("token").GetString()
            ?? throw new InvalidOperationException(response.Body.ToString());
    }
}
