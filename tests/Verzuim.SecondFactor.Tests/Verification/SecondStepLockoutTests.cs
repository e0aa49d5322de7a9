namespace Verzuim.SecondFactor.Tests.Verification;

/// <summary>
/// SECURITY.md, "Second factor": wrong answers count per account across sessions; a right password never resets the
/// count; the hundredth in a row locks the second step until a growing, timed release or an HR reset.
/// </summary>
[Collection(ClockedApiCollection.Name)]
public sealed class SecondStepLockoutTests(ClockedApiFactory api)
{
    private const string Verify = """
        mutation($input: SecondFactorCodeInput!) { verifyAuthenticatorCode(input: $input) { session { token } errors { code } } }
        """;

    private const string Recover = """
        mutation($input: SecondFactorCodeInput!) { verifyRecoveryCode(input: $input) { session { token } errors { code } } }
        """;

    private const string LockedUntil = "{ mySecondFactors { secondStepLockedUntil } }";

    private const string LockSubject = "tijdelijk geblokkeerd";

    [Fact]
    public async Task A_guesser_who_knows_the_password_is_stopped_at_the_hundredth_wrong_answer_across_many_logins()
    {
        var (_, employee) = await RegisteredAsync();

        var answers = await GuessAsync(employee, logins: 20, guessesPerLogin: 5);

        answers.Count(code => code is "INVALID_CODE" or "SESSION_ENDED").ShouldBe(100);
        var (pending, _) = await LogInAsync(employee);
        var right = await VerifyAsync(pending, SecondFactors.NextCode(employee.Email, api.Clock)!);
        right.UserErrorCodes("verifyAuthenticatorCode").ShouldBe(["SECOND_STEP_LOCKED"]);
        right.Payload("verifyAuthenticatorCode").GetProperty("session").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await api.GraphQL().SendAsync(Recover, new { input = new { code = SecondFactors.TakeRecoveryCode(employee.Email) } }, pending))
            .UserErrorCodes("verifyRecoveryCode").ShouldBe(["SECOND_STEP_LOCKED"]);
        (await api.GraphQL().SendAsync("mutation { sendSmsCode { sentTo errors { code } } }", token: pending))
            .UserErrorCodes("sendSmsCode").ShouldBe(["SECOND_STEP_LOCKED"]);
        var until = (await api.GraphQL().SendAsync(LockedUntil, token: pending)).Data.GetProperty("mySecondFactors").GetProperty("secondStepLockedUntil").GetDateTimeOffset();
        until.ShouldBe(api.Clock.GetUtcNow() + TimeSpan.FromHours(1), TimeSpan.FromSeconds(5));
        var mail = await api.Smtp.WaitForMailAsync(employee.Email, LockSubject);
        (mail.TextBody ?? "").ShouldNotMatch(@"\b\d{6}\b");
    }

    [Fact]
    public async Task Only_a_right_second_factor_starts_the_count_again()
    {
        var (_, employee) = await RegisteredAsync();
        (await GuessAsync(employee, logins: 12, guessesPerLogin: 5)).Count.ShouldBe(60);
        (await CompleteLoginAsync(employee)).ShouldBeEmpty();

        await GuessAsync(employee, logins: 12, guessesPerLogin: 5);

        // 120 wrong answers in all, never 100 in a row: the right factor in between started the count again.
        (await CompleteLoginAsync(employee)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Parallel_guesses_from_many_sessions_get_no_more_than_the_hundred_answers()
    {
        var (_, employee) = await RegisteredAsync();
        await GuessAsync(employee, logins: 18, guessesPerLogin: 5);
        var sessions = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            sessions.Add((await LogInAsync(employee)).Token);
        }

        var answers = await Task.WhenAll(sessions.Select(token => VerifyAsync(token, WrongCode(employee))));

        var codes = answers.Select(answer => answer.UserErrorCodes("verifyAuthenticatorCode").Single()).ToList();
        codes.Count(code => code == "INVALID_CODE").ShouldBe(10);
        codes.Count(code => code == "SECOND_STEP_LOCKED").ShouldBe(20);
        (await CompleteLoginAsync(employee)).ShouldBe(["SECOND_STEP_LOCKED"]);
        await api.Smtp.WaitForMailAsync(employee.Email, LockSubject);
        await Task.Delay(500);
        api.Smtp.MailsTo(employee.Email, LockSubject).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_lock_ends_after_an_hour_and_the_next_lock_lasts_twice_as_long()
    {
        var (_, employee) = await RegisteredAsync();
        await GuessAsync(employee, logins: 20, guessesPerLogin: 5);
        (await CompleteLoginAsync(employee)).ShouldBe(["SECOND_STEP_LOCKED"]);

        api.Clock.Advance(TimeSpan.FromMinutes(61));
        await GuessAsync(employee, logins: 20, guessesPerLogin: 5);

        var (pending, _) = await LogInAsync(employee);
        var until = (await api.GraphQL().SendAsync(LockedUntil, token: pending)).Data.GetProperty("mySecondFactors").GetProperty("secondStepLockedUntil").GetDateTimeOffset();
        until.ShouldBe(api.Clock.GetUtcNow() + TimeSpan.FromHours(2), TimeSpan.FromSeconds(5));
        api.Clock.Advance(TimeSpan.FromMinutes(121));
        (await CompleteLoginAsync(employee)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_HR_reset_ends_the_lock()
    {
        var (employer, employee) = await RegisteredAsync();
        await GuessAsync(employee, logins: 20, guessesPerLogin: 5);

        var reset = await employer.AsHr("mutation($input: ResetSecondFactorInput!) { resetSecondFactor(input: $input) { errors { code } } }",
            new { input = new { employeeId = employee.Id } });

        reset.UserErrors("resetSecondFactor").ShouldBeEmpty();
        var (pending, state) = await LogInAsync(employee);
        state.ShouldBe("PENDING_ENROLLMENT");
        (await api.GraphQL().SendAsync(LockedUntil, token: pending)).Data.GetProperty("mySecondFactors").GetProperty("secondStepLockedUntil")
            .ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await SecondFactors.EnrollAsync(api.GraphQL(), employee.Email, pending)).UserErrors("confirmAuthenticatorEnrollment").ShouldBeEmpty();
    }

    private async Task<(TestEmployer Employer, TestEmployee Employee)> RegisteredAsync()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(employee);
        return (employer, employee);
    }

    private Task<(string Token, string State)> LogInAsync(TestEmployee employee) =>
        TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

    private Task<GraphQLTestResponse> VerifyAsync(string token, string code) => api.GraphQL().SendAsync(Verify, new { input = new { code } }, token);

    /// <summary>A code the app showed long ago: well formed, never accepted now.</summary>
    private string WrongCode(TestEmployee employee) =>
        SecondFactors.CodeFor(SecondFactors.SecretOf(employee.Email), SecondFactors.StepAt(api.Clock.GetUtcNow()) - 1_000);

    /// <summary>Logs in with the right password again and again, and answers the second step wrongly each time.</summary>
    private async Task<List<string>> GuessAsync(TestEmployee employee, int logins, int guessesPerLogin)
    {
        var answers = new List<string>();
        for (var login = 0; login < logins; login++)
        {
            var (token, _) = await LogInAsync(employee);
            for (var guess = 0; guess < guessesPerLogin; guess++)
            {
                answers.AddRange((await VerifyAsync(token, WrongCode(employee))).UserErrorCodes("verifyAuthenticatorCode"));
            }
        }
        return answers;
    }

    /// <summary>A login with the right password and the right code; the errors of its second step.</summary>
    private async Task<IReadOnlyList<string>> CompleteLoginAsync(TestEmployee employee)
    {
        var (token, _) = await LogInAsync(employee);
        var code = SecondFactors.NextCode(employee.Email, api.Clock);
        var answer = code is null
            ? await api.GraphQL().SendAsync(Recover, new { input = new { code = SecondFactors.TakeRecoveryCode(employee.Email) } }, token)
            : await VerifyAsync(token, code);
        return answer.UserErrorCodes(code is null ? "verifyRecoveryCode" : "verifyAuthenticatorCode");
    }
}
