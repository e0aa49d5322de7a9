using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verzuim.SecondFactor.Tests.Sms;

namespace Verzuim.SecondFactor.Tests.Logging;

/// <summary>SECURITY, "Second factor" and "Privacy": no code, secret or phone number reaches the logs, at any level.</summary>
public sealed class NoCodesInLogsTests(NoCodesInLogsTests.LoggedApi api) : IClassFixture<NoCodesInLogsTests.LoggedApi>
{
    public sealed class LoggedApi : MessageBirdApiFactory
    {
        public LogCollector Logs { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings() => [.. base.Settings(), .. LogCollector.TraceEverything];

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddSingleton<ILoggerProvider>(Logs);
        }
    }

    [Fact]
    public async Task Setting_up_and_using_SMS_an_app_and_a_recovery_code_logs_none_of_them()
    {
        api.Answer();
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        const string number = "+31687654321";
        var first = await employer.FirstLoginAsync(employee);
        var begun = await api.GraphQL().SendAsync("mutation($input: BeginSmsEnrollmentInput!) { beginSmsEnrollment(input: $input) { factorId } }",
            new { input = new { phoneNumber = "06-87654321" } }, first);
        var enrollmentCode = api.LastCodeTo(number);
        var confirmed = await api.GraphQL().SendAsync(
            "mutation($input: ConfirmSmsEnrollmentInput!) { confirmSmsEnrollment(input: $input) { session { token } recoveryCodes } }",
            new { input = new { factorId = begun.Payload("beginSmsEnrollment").GetProperty("factorId").GetString(), code = enrollmentCode } }, first);
        var payload = confirmed.Payload("confirmSmsEnrollment");
        var full = payload.GetProperty("session").GetProperty("token").GetString()!;
        var recoveryCodes = payload.GetProperty("recoveryCodes").EnumerateArray().Select(code => code.GetString()!).ToList();
        var app = await api.GraphQL().SendAsync("mutation { beginAuthenticatorEnrollment { factorId key } }", token: full);
        var key = app.Payload("beginAuthenticatorEnrollment").GetProperty("key").GetString()!;
        var appCode = SecondFactors.CodeFor(OtpNet.Base32Encoding.ToBytes(key.Replace(" ", "")), SecondFactors.StepAt(api.Clock.GetUtcNow()));
        await api.GraphQL().SendAsync("mutation($input: ConfirmAuthenticatorEnrollmentInput!) { confirmAuthenticatorEnrollment(input: $input) { errors { code } } }",
            new { input = new { factorId = app.Payload("beginAuthenticatorEnrollment").GetProperty("factorId").GetString(), code = appCode } }, full);
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        await api.GraphQL().SendAsync("mutation { sendSmsCode { sentTo } }", token: second);
        var loginCode = api.LastCodeTo(number);
        var verified = await api.GraphQL().SendAsync("mutation($input: SecondFactorCodeInput!) { verifySmsCode(input: $input) { errors { code } } }",
            new { input = new { code = loginCode } }, second);
        var (third, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        var recovered = await api.GraphQL().SendAsync("mutation($input: SecondFactorCodeInput!) { verifyRecoveryCode(input: $input) { errors { code } } }",
            new { input = new { code = recoveryCodes[0] } }, third);

        verified.UserErrors("verifySmsCode").ShouldBeEmpty();
        recovered.UserErrors("verifyRecoveryCode").ShouldBeEmpty();
        var log = api.Logs.Text;
        log.Length.ShouldBeGreaterThan(1000, "the test must see the Host's logs to mean anything");
        foreach (var code in new[] { enrollmentCode, loginCode, appCode })
        {
            // A code standing on its own; six digits inside a longer id (a trace id, a hash) are not that code.
            Regex.IsMatch(log, $@"(?<![0-9A-Za-z]){code}(?![0-9A-Za-z])").ShouldBeFalse($"a code {code} is in the logs");
        }
        foreach (var secret in new[] { key, key.Replace(" ", ""), number, number[1..], "687654321", recoveryCodes[0], recoveryCodes[0].Replace("-", ""), full })
        {
            log.ShouldNotContain(secret, Case.Insensitive);
        }
    }
}
