using System.Net;

namespace Verzuim.SecondFactor.Tests.Management;

/// <summary>The manage page's operations: rename, remove (never the last), new recovery codes; each with a notice.</summary>
[Collection(SecondFactorApiCollection.Name)]
public sealed class FactorManagementTests(VerzuimApiFactory api)
{
    private async Task<(TestEmployer Employer, TestEmployee Employee, string Token)> RegisteredAsync()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        return (employer, employee, await employer.RegisterAsync(employee));
    }

    private Task<GraphQLTestResponse> RenameAsync(string token, string factorId, string name) =>
        api.GraphQL().SendAsync(MyFactors.Rename, new { input = new { factorId, name } }, token);

    private Task<GraphQLTestResponse> RemoveAsync(string token, string factorId) =>
        api.GraphQL().SendAsync(MyFactors.Remove, new { input = new { factorId } }, token);

    [Fact]
    public async Task Setting_up_a_factor_mails_a_notice_without_the_secret()
    {
        var (_, employee, _) = await RegisteredAsync();

        var notice = await api.Smtp.WaitForMailAsync(employee.Email, MyFactors.Subject, textContains: "authenticator-app toegevoegd");

        notice.TextBody!.ShouldContain(VerzuimApiFactory.PortalUrl + "/tweestapsverificatie/beheren");
        notice.TextBody!.ShouldNotContain(OtpNet.Base32Encoding.ToString(SecondFactors.SecretOf(employee.Email))[..8]);
    }

    [Fact]
    public async Task Renaming_a_factor_changes_its_name_and_mails_a_notice()
    {
        var (_, employee, token) = await RegisteredAsync();
        var factor = (await MyFactors.OfAsync(api, token)).Single();

        var renamed = await RenameAsync(token, factor.Id, "  Werktelefoon ");

        renamed.UserErrors("renameSecondFactor").ShouldBeEmpty();
        (await MyFactors.OfAsync(api, token)).Single().Name.ShouldBe("Werktelefoon");
        await api.Smtp.WaitForMailAsync(employee.Email, MyFactors.Subject, textContains: "is gewijzigd in ‘Werktelefoon’");
    }

    [Theory]
    [InlineData("", "REQUIRED")]
    [InlineData("   ", "REQUIRED")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901", "TOO_LONG")]
    public async Task A_name_must_not_be_blank_nor_longer_than_sixty_characters(string name, string code)
    {
        var (_, _, token) = await RegisteredAsync();
        var factor = (await MyFactors.OfAsync(api, token)).Single();

        var refused = await RenameAsync(token, factor.Id, name);

        refused.UserErrors("renameSecondFactor").ShouldBe([$"{code}@input.name"]);
        (await MyFactors.OfAsync(api, token)).Single().Name.ShouldBe(factor.Name);
    }

    [Fact]
    public async Task Another_persons_factor_a_malformed_id_and_an_unknown_one_are_all_not_found()
    {
        var (employer, _, token) = await RegisteredAsync();
        var otherSession = await employer.RegisterAsync(await employer.AddEmployeeAsync());
        var theirs = (await MyFactors.OfAsync(api, otherSession)).Single();

        foreach (var id in new[] { theirs.Id, "nonsense", Guid.NewGuid().ToString(), "" })
        {
            (await RenameAsync(token, id, "Van mij")).UserErrors("renameSecondFactor").ShouldBe(["NOT_FOUND@input.factorId"], id);
            (await RemoveAsync(token, id)).UserErrors("removeSecondFactor").ShouldBe(["NOT_FOUND@input.factorId"], id);
        }
        (await MyFactors.OfAsync(api, otherSession)).ShouldBe([theirs]);
    }

    [Fact]
    public async Task Removing_a_factor_ends_the_other_sessions_and_mails_a_notice()
    {
        var (_, employee, token) = await RegisteredAsync();
        var first = (await MyFactors.OfAsync(api, token)).Single();
        await MyFactors.AddAppAsync(api, employee, token, "Reservetelefoon");
        var elsewhere = await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        var removed = await RemoveAsync(token, first.Id);

        removed.UserErrors("removeSecondFactor").ShouldBeEmpty();
        (await MyFactors.OfAsync(api, token)).Select(f => f.Name).ShouldBe(["Reservetelefoon"]);
        (await api.GraphQL().SendAsync(Gql.Me, token: elsewhere)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GraphQL().SendAsync(Gql.Me, token: token)).Status.ShouldBe(HttpStatusCode.OK);
        await api.Smtp.WaitForMailAsync(employee.Email, MyFactors.Subject, textContains: $"‘{first.Name}’ is verwijderd");
    }

    [Fact]
    public async Task The_last_factor_cannot_be_removed()
    {
        var (_, _, token) = await RegisteredAsync();
        var only = (await MyFactors.OfAsync(api, token)).Single();

        var refused = await RemoveAsync(token, only.Id);

        refused.UserErrors("removeSecondFactor").ShouldBe(["LAST_FACTOR@input.factorId"]);
        (await MyFactors.OfAsync(api, token)).ShouldBe([only]);
    }

    [Fact]
    public async Task A_factor_the_employer_no_longer_allows_does_not_count_as_one_that_remains()
    {
        var (employer, employee, token) = await RegisteredAsync();
        await MyFactors.AddAppAsync(api, employee, token, "Tweede app");
        await employer.AsHr("mutation { updateSecondFactorPolicy(input: { allowedMethods: [SECURITY_KEY, SMS] }) { errors { code } } }");
        var apps = await MyFactors.OfAsync(api, token);

        var refused = await RemoveAsync(token, apps[0].Id);

        refused.UserErrorCodes("removeSecondFactor").ShouldBe(["LAST_FACTOR"]);
        (await MyFactors.OfAsync(api, token)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Of_two_concurrent_removals_of_the_last_two_factors_only_one_succeeds()
    {
        var (_, employee, token) = await RegisteredAsync();
        await MyFactors.AddAppAsync(api, employee, token, "Tweede app");
        var factors = await MyFactors.OfAsync(api, token);

        var results = await Task.WhenAll(factors.Select(f => RemoveAsync(token, f.Id)));

        results.Select(r => r.UserErrorCodes("removeSecondFactor").SingleOrDefault() ?? "OK").Order().ShouldBe(["LAST_FACTOR", "OK"]);
        (await MyFactors.OfAsync(api, token)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_end_the_other_sessions_and_mail_a_notice()
    {
        var (_, employee, token) = await RegisteredAsync();
        var oldCode = SecondFactors.TakeRecoveryCode(employee.Email);
        var elsewhere = await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        var renewed = await api.GraphQL().SendAsync(MyFactors.RenewRecoveryCodes, token: token);

        var codes = renewed.Payload("renewRecoveryCodes").GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);
        (await MyFactors.RecoveryCodesLeftAsync(api, token)).ShouldBe(10);
        (await api.GraphQL().SendAsync(Gql.Me, token: elsewhere)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        await api.Smtp.WaitForMailAsync(employee.Email, MyFactors.Subject, textContains: "nieuwe herstelcodes");
        const string Recover = "mutation($input: SecondFactorCodeInput!) { verifyRecoveryCode(input: $input) { session { token } errors { code } } }";
        var (pending, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        (await api.GraphQL().SendAsync(Recover, new { input = new { code = oldCode } }, pending)).UserErrorCodes("verifyRecoveryCode").ShouldBe(["INVALID_CODE"]);
        (await api.GraphQL().SendAsync(Recover, new { input = new { code = codes[0] } }, pending)).UserErrors("verifyRecoveryCode").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_session_that_only_passed_the_password_cannot_manage_factors()
    {
        var (_, employee, token) = await RegisteredAsync();
        var factor = (await MyFactors.OfAsync(api, token)).Single();
        var (pending, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);

        var renamed = await RenameAsync(pending, factor.Id, "Overgenomen");
        var removed = await RemoveAsync(pending, factor.Id);
        var renewed = await api.GraphQL().SendAsync(MyFactors.RenewRecoveryCodes, token: pending);

        new[] { renamed, removed, renewed }.ShouldAllBe(response => response.ErrorCodes.SequenceEqual(new[] { "UNAUTHENTICATED" }));
        (await MyFactors.OfAsync(api, token)).ShouldBe([factor]);
    }

    [Fact]
    public async Task A_double_submitted_first_confirmation_sets_up_one_factor_with_one_set_of_recovery_codes()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var pending = await employer.FirstLoginAsync(employee);
        var begun = (await api.GraphQL().SendAsync("mutation { beginAuthenticatorEnrollment { factorId key } }", token: pending)).Payload("beginAuthenticatorEnrollment");
        var secret = OtpNet.Base32Encoding.ToBytes(begun.GetProperty("key").GetString()!.Replace(" ", ""));
        var input = new { factorId = begun.GetProperty("factorId").GetString(), code = SecondFactors.CodeFor(secret, SecondFactors.StepAt(DateTimeOffset.UtcNow)) };
        const string Confirm = """
            mutation($input: ConfirmAuthenticatorEnrollmentInput!) { confirmAuthenticatorEnrollment(input: $input) { session { token } recoveryCodes errors { code } } }
            """;

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => api.GraphQL().SendAsync(Confirm, new { input }, pending)));

        results.Select(r => r.UserErrorCodes("confirmAuthenticatorEnrollment").SingleOrDefault() ?? "OK").Order().ShouldBe(["ALREADY_CONFIRMED", "OK"]);
        var full = results.Single(r => r.UserErrors("confirmAuthenticatorEnrollment").Count == 0).Payload("confirmAuthenticatorEnrollment")
            .GetProperty("session").GetProperty("token").GetString()!;
        (await MyFactors.OfAsync(api, full)).Count.ShouldBe(1);
        (await MyFactors.RecoveryCodesLeftAsync(api, full)).ShouldBe(10);
    }
}
