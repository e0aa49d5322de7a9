using System.Net;

namespace Verzuim.SecondFactor.Tests.Sms;

/// <summary>SECURITY.md, "Second factor", for SMS; and the faults of the provider.</summary>
[Collection(MessageBirdCollection.Name)]
public sealed class SmsTests(MessageBirdApiFactory api)
{
    private const string Begin = """
        mutation($input: BeginSmsEnrollmentInput!) { beginSmsEnrollment(input: $input) { factorId sentTo errors { code field } } }
        """;

    private const string Confirm = """
        mutation($input: ConfirmSmsEnrollmentInput!) { confirmSmsEnrollment(input: $input) { factor { name method } session { token state } recoveryCodes errors { code field } } }
        """;

    private const string Send = "mutation { sendSmsCode { sentTo errors { code } } }";

    private const string Verify = """
        mutation($input: SecondFactorCodeInput!) { verifySmsCode(input: $input) { session { token state } errors { code } } }
        """;

    private static string Number() => $"+3161{Random.Shared.Next(1_000_000, 9_999_999)}";

    /// <summary>A registered employee whose first login is at the set-up step (no factor yet).</summary>
    private async Task<(TestEmployee Employee, string Token)> FirstLoginAsync()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        return (employee, await employer.FirstLoginAsync(employee));
    }

    /// <summary>An employee who set up SMS as their only factor, back at the second step of a new login.</summary>
    private async Task<(TestEmployee Employee, string Number, string Token)> SmsUserAtSecondStepAsync()
    {
        api.Answer();
        var (employee, token) = await FirstLoginAsync();
        var number = Number();
        var begun = await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = number } }, token);
        await api.GraphQL().SendAsync(Confirm, new { input = new { factorId = begun.Payload("beginSmsEnrollment").GetProperty("factorId").GetString(), code = api.LastCodeTo(number) } }, token);
        var (pending, state) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        state.ShouldBe("PENDING_SECOND_FACTOR");
        return (employee, number, pending);
    }

    [Fact]
    public async Task A_first_login_sets_up_SMS_through_MessageBird_and_gets_a_full_session()
    {
        api.Answer();
        var (_, token) = await FirstLoginAsync();

        var begun = await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = "06-12 34 56 78" } }, token);
        var request = api.MessageBird.LogEntries.Last().RequestMessage!;
        var confirmed = await api.GraphQL().SendAsync(Confirm, new { input = new
        {
            factorId = begun.Payload("beginSmsEnrollment").GetProperty("factorId").GetString(),
            code = api.LastCodeTo("+31612345678"),
        } }, token);

        begun.Payload("beginSmsEnrollment").GetProperty("sentTo").GetString().ShouldBe("+31 6 •••• 5678");
        request.Headers!["Authorization"].ShouldBe([$"AccessKey {MessageBirdApiFactory.AccessKey}"]);
        var body = api.SmsTo("+31612345678")[^1];
        body.GetProperty("originator").GetString().ShouldBe("Verzuim");
        body.GetProperty("body").GetString()!.ShouldContain("werknemerportaal");
        var result = confirmed.Payload("confirmSmsEnrollment");
        result.GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
        result.GetProperty("recoveryCodes").GetArrayLength().ShouldBe(10);
        var full = result.GetProperty("session").GetProperty("token").GetString();
        var listed = await api.GraphQL().SendAsync("{ mySecondFactors { factors { method phoneNumber } } }", token: full);
        var factor = listed.Data.GetProperty("mySecondFactors").GetProperty("factors").EnumerateArray().Single();
        factor.GetProperty("method").GetString().ShouldBe("SMS");
        factor.GetProperty("phoneNumber").GetString().ShouldBe("+31 6 •••• 5678");
    }

    [Theory]
    [InlineData("020-1234567", "NOT_A_MOBILE_NUMBER")]
    [InlineData("+31 20 123 4567", "NOT_A_MOBILE_NUMBER")]
    [InlineData("12345", "INVALID_PHONE_NUMBER")]
    [InlineData("bel me maar", "INVALID_PHONE_NUMBER")]
    public async Task A_landline_or_an_invalid_number_is_refused_and_nothing_is_sent(string number, string code)
    {
        api.Answer();
        var (_, token) = await FirstLoginAsync();
        var before = api.MessageBird.LogEntries.Count();

        var begun = await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = number } }, token);

        begun.UserErrors("beginSmsEnrollment").ShouldBe([$"{code}@input.phoneNumber"]);
        api.MessageBird.LogEntries.Count().ShouldBe(before);
    }

    [Fact]
    public async Task A_later_login_passes_with_the_code_from_the_SMS()
    {
        var (_, number, token) = await SmsUserAtSecondStepAsync();

        var sent = await api.GraphQL().SendAsync(Send, token: token);
        var verified = await api.GraphQL().SendAsync(Verify, new { input = new { code = api.LastCodeTo(number) } }, token);

        sent.UserErrors("sendSmsCode").ShouldBeEmpty();
        verified.Payload("verifySmsCode").GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
    }

    [Fact]
    public async Task A_code_works_once_only_for_its_own_login_attempt_and_for_five_minutes()
    {
        var (employee, number, first) = await SmsUserAtSecondStepAsync();
        await api.GraphQL().SendAsync(Send, token: first);
        var code = api.LastCodeTo(number);
        var (second, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        (await api.GraphQL().SendAsync(Verify, new { input = new { code } }, second)).UserErrorCodes("verifySmsCode").ShouldBe(["INVALID_CODE"]);
        (await api.GraphQL().SendAsync(Verify, new { input = new { code } }, first)).UserErrors("verifySmsCode").ShouldBeEmpty();
        (await api.GraphQL().SendAsync(Verify, new { input = new { code } }, second)).UserErrorCodes("verifySmsCode").ShouldBe(["INVALID_CODE"]);

        await api.GraphQL().SendAsync(Send, token: second);
        api.Clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        var late = await api.GraphQL().SendAsync(Verify, new { input = new { code = api.LastCodeTo(number) } }, second);
        late.UserErrorCodes("verifySmsCode").ShouldBe(["INVALID_CODE"]);
    }

    [Fact]
    public async Task A_new_code_retires_the_previous_one()
    {
        var (_, number, token) = await SmsUserAtSecondStepAsync();
        await api.GraphQL().SendAsync(Send, token: token);
        var old = api.LastCodeTo(number);
        await api.GraphQL().SendAsync(Send, token: token);
        var latest = api.LastCodeTo(number);

        (await api.GraphQL().SendAsync(Verify, new { input = new { code = old } }, token)).UserErrorCodes("verifySmsCode").ShouldBe(["INVALID_CODE"]);
        (await api.GraphQL().SendAsync(Verify, new { input = new { code = latest } }, token)).UserErrors("verifySmsCode").ShouldBeEmpty();
    }

    [Fact]
    public async Task At_most_three_codes_leave_in_ten_minutes()
    {
        // Setting SMS up sent the first code of these ten minutes.
        var (_, number, token) = await SmsUserAtSecondStepAsync();

        var answers = new List<IReadOnlyList<string>>();
        for (var send = 0; send < 3; send++)
        {
            answers.Add((await api.GraphQL().SendAsync(Send, token: token)).UserErrorCodes("sendSmsCode"));
        }

        answers[0].ShouldBeEmpty();
        answers[1].ShouldBeEmpty();
        answers[2].ShouldBe(["TOO_MANY_ATTEMPTS"]);
        api.SmsTo(number).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Concurrent_requests_together_send_no_more_than_the_cap()
    {
        // Setting SMS up sent the first code of these ten minutes; two more may leave, however many ask at once.
        var (_, number, token) = await SmsUserAtSecondStepAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.GraphQL().SendAsync(Send, token: token)));

        answers.Count(a => a.UserErrorCodes("sendSmsCode").Count == 0).ShouldBe(2);
        answers.Count(a => a.UserErrorCodes("sendSmsCode").SequenceEqual(["TOO_MANY_ATTEMPTS"])).ShouldBe(6);
        api.SmsTo(number).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("+32 470 12 34 56", true)]
    [InlineData("+49 151 23456789", true)]
    [InlineData("+44 7700 900123", false)]
    [InlineData("+882 1234 5678", false)]
    [InlineData("+1 212 555 0100", false)]
    public async Task By_default_codes_go_to_mobile_numbers_of_the_Netherlands_and_the_EU_only(string number, bool allowed)
    {
        api.Answer();
        var (_, token) = await FirstLoginAsync();
        var before = api.MessageBird.LogEntries.Count();

        var begun = await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = number } }, token);

        if (allowed)
        {
            begun.UserErrors("beginSmsEnrollment").ShouldBeEmpty();
            api.MessageBird.LogEntries.Count().ShouldBe(before + 1);
        }
        else
        {
            begun.UserErrors("beginSmsEnrollment").ShouldBe(["COUNTRY_NOT_ALLOWED@input.phoneNumber"]);
            api.MessageBird.LogEntries.Count().ShouldBe(before);
        }
    }

    [Fact]
    public async Task An_employer_that_allows_only_the_Netherlands_gets_no_codes_sent_to_Belgium()
    {
        api.Answer();
        var employer = await TestEmployer.CreateAsync(api);
        var narrowed = await employer.AsHr("mutation { updateSecondFactorPolicy(input: { allowedMethods: [SMS, AUTHENTICATOR_APP], smsCountries: [\"nl\"] }) { policy { smsCountries } errors { code } } }");
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.FirstLoginAsync(employee);

        var belgian = await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = "+32 470 12 34 56" } }, token);
        var dutch = await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = Number() } }, token);

        narrowed.Payload("updateSecondFactorPolicy").GetProperty("policy").GetProperty("smsCountries").EnumerateArray().Select(c => c.GetString()).ShouldBe(["NL"]);
        belgian.UserErrors("beginSmsEnrollment").ShouldBe(["COUNTRY_NOT_ALLOWED@input.phoneNumber"]);
        dutch.UserErrors("beginSmsEnrollment").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[\"US\"]", "COUNTRY_NOT_ALLOWED@input.smsCountries")]
    [InlineData("[\"nederland\"]", "COUNTRY_NOT_ALLOWED@input.smsCountries")]
    [InlineData("[]", "REQUIRED@input.smsCountries")]
    public async Task Countries_outside_the_EU_or_none_at_all_are_refused(string countries, string error)
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr($"mutation {{ updateSecondFactorPolicy(input: {{ allowedMethods: [SMS], smsCountries: {countries} }}) {{ policy {{ smsCountries }} errors {{ code field }} }} }}");
        var policy = await employer.AsHr("{ secondFactorPolicy { smsCountries } }");

        response.UserErrors("updateSecondFactorPolicy").ShouldBe([error]);
        policy.Data.GetProperty("secondFactorPolicy").GetProperty("smsCountries").GetArrayLength().ShouldBe(27);
    }

    [Fact]
    public async Task A_code_takes_at_most_five_guesses()
    {
        api.Answer();
        var (_, token) = await FirstLoginAsync();
        var number = Number();
        var factorId = (await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = number } }, token))
            .Payload("beginSmsEnrollment").GetProperty("factorId").GetString();
        var right = api.LastCodeTo(number);

        for (var guess = 0; guess < 5; guess++)
        {
            var wrong = ((int.Parse(right) + 1 + guess) % 1_000_000).ToString("D6");
            await api.GraphQL().SendAsync(Confirm, new { input = new { factorId, code = wrong } }, token);
        }
        var tooLate = await api.GraphQL().SendAsync(Confirm, new { input = new { factorId, code = right } }, token);

        tooLate.UserErrors("confirmSmsEnrollment").ShouldBe(["INVALID_CODE@input.code"]);
    }

    [Fact]
    public async Task When_MessageBird_answers_503_the_user_hears_so_at_once_and_another_method_still_works()
    {
        api.Answer();
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var full = await employer.RegisterAsync(employee);
        var number = Number();
        var factorId = (await api.GraphQL().SendAsync(Begin, new { input = new { phoneNumber = number } }, full)).Payload("beginSmsEnrollment").GetProperty("factorId").GetString();
        await api.GraphQL().SendAsync(Confirm, new { input = new { factorId, code = api.LastCodeTo(number) } }, full);
        var (pending, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        api.Answer(status: 503);

        var sent = await api.GraphQL().SendAsync(Send, token: pending);
        var withApp = await api.GraphQL().SendAsync("mutation($input: SecondFactorCodeInput!) { verifyAuthenticatorCode(input: $input) { session { state } errors { code } } }",
            new { input = new { code = SecondFactors.NextCode(employee.Email, api.GraphQL().Clock) } }, pending);

        sent.UserErrorCodes("sendSmsCode").ShouldBe(["SMS_UNAVAILABLE"]);
        withApp.Payload("verifyAuthenticatorCode").GetProperty("session").GetProperty("state").GetString().ShouldBe("FULL");
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("lost reply")]
    public async Task When_MessageBird_is_slow_or_loses_its_reply_the_SMS_is_not_sent_twice(string fault)
    {
        var (_, number, token) = await SmsUserAtSecondStepAsync();
        if (fault == "timeout")
        {
            api.Answer(delay: TimeSpan.FromSeconds(8)); // longer than the Host's 5 s timeout
        }
        else
        {
            api.Answer(loseReply: true);
        }
        var before = api.Network.RequestsArrived;

        var sent = await api.GraphQL().SendAsync(Send, token: token);
        await Task.Delay(TimeSpan.FromSeconds(3)); // room for a retry to show, which would follow the failure

        sent.Status.ShouldBe(HttpStatusCode.OK);
        sent.UserErrorCodes("sendSmsCode").ShouldBe(["SMS_UNAVAILABLE"]);
        (api.Network.RequestsArrived - before).ShouldBe(1);
        (await api.SmsLoggedToAsync(number, 1)).Count.ShouldBe(1);
    }
}
