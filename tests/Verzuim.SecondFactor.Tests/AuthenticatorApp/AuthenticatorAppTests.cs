using System.Net;
using OtpNet;

namespace Verzuim.SecondFactor.Tests.AuthenticatorApp;

[Collection(SecondFactorApiCollection.Name)]
public sealed class AuthenticatorAppTests(VerzuimApiFactory api)
{
    private const string Begin = "mutation { beginAuthenticatorEnrollment { factorId key otpAuthUri qrCodeSvg errors { code } } }";

    private const string Confirm = """
        mutation($input: ConfirmAuthenticatorEnrollmentInput!) { confirmAuthenticatorEnrollment(input: $input) { factor { name method } session { token state } recoveryCodes errors { code field } } }
        """;

    private const string Verify = """
        mutation($input: SecondFactorCodeInput!) { verifyAuthenticatorCode(input: $input) { session { token state } errors { code field } } }
        """;

    private async Task<(TestEmployee Employee, TestEmployer Employer, string Token)> FirstLoginAsync()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        return (employee, employer, await employer.FirstLoginAsync(employee));
    }

    [Fact]
    public async Task An_unfinished_set_up_is_offered_again_with_the_same_key_also_in_a_new_login_until_started_over()
    {
        var (employee, _, token) = await FirstLoginAsync();
        var first = (await api.GraphQL().SendAsync(Begin, token: token)).Payload("beginAuthenticatorEnrollment");
        var (nextLogin, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        var again = (await api.GraphQL().SendAsync(Begin, token: nextLogin)).Payload("beginAuthenticatorEnrollment");
        var startedOver = (await api.GraphQL().SendAsync("mutation { beginAuthenticatorEnrollment(startOver: true) { factorId key errors { code } } }", token: nextLogin))
            .Payload("beginAuthenticatorEnrollment");
        var oldSecret = Base32Encoding.ToBytes(first.GetProperty("key").GetString()!.Replace(" ", "", StringComparison.Ordinal));
        var oldFactor = await api.GraphQL().SendAsync(Confirm, new { input = new { factorId = first.GetProperty("factorId").GetString(), code = new Totp(oldSecret).ComputeTotp() } }, nextLogin);

        again.GetProperty("factorId").GetString().ShouldBe(first.GetProperty("factorId").GetString());
        again.GetProperty("key").GetString().ShouldBe(first.GetProperty("key").GetString());
        again.GetProperty("otpAuthUri").GetString().ShouldBe(first.GetProperty("otpAuthUri").GetString());
        startedOver.GetProperty("key").GetString().ShouldNotBe(first.GetProperty("key").GetString());
        oldFactor.UserErrorCodes("confirmAuthenticatorEnrollment").ShouldBe(["NOT_FOUND"]);
    }

    [Fact]
    public async Task A_first_login_sets_up_an_app_with_a_QR_code_and_a_key_and_gets_a_full_session_and_ten_recovery_codes()
    {
        var (employee, _, token) = await FirstLoginAsync();

        var begun = await api.GraphQL().SendAsync(Begin, token: token);
        var payload = begun.Payload("beginAuthenticatorEnrollment");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, begun.Body.ToString());
        var key = payload.GetProperty("key").GetString()!;
        var secret = Base32Encoding.ToBytes(key.Replace(" ", ""));
        var confirmed = await api.GraphQL().SendAsync(Confirm, new { input = new
        {
            factorId = payload.GetProperty("factorId").GetString(),
            code = SecondFactors.CodeFor(secret, SecondFactors.StepAt(DateTimeOffset.UtcNow)),
            name = "Mijn telefoon",
        } }, token);

        secret.Length.ShouldBeGreaterThanOrEqualTo(20);
        key.Split(' ').ShouldAllBe(group => group.Length <= 4);
        payload.GetProperty("otpAuthUri").GetString()!.ShouldStartWith("otpauth://totp/");
        payload.GetProperty("qrCodeSvg").GetString()!.ShouldContain("<svg");
        var result = confirmed.Payload("confirmAuthenticatorEnrollment");
        confirmed.UserErrors("confirmAuthenticatorEnrollment").ShouldBeEmpty();
        result.GetProperty("factor").GetProperty("name").GetString().ShouldBe("Mijn telefoon");
        result.GetProperty("recoveryCodes").GetArrayLength().ShouldBe(10);
        result.GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
        (await api.GraphQL().SendAsync(Gql.Me, token: token)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GraphQL().SendAsync(Gql.Me, token: result.GetProperty("session").GetProperty("token").GetString())).Status.ShouldBe(HttpStatusCode.OK);
    }
}
