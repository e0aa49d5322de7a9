namespace Verzuim.SecondFactor.Tests.Management;

/// <summary>SECURITY.md: changing a factor needs a login check at most ten minutes old.</summary>
[Collection(ClockedApiCollection.Name)]
public sealed class ManagementLoginCheckTests(ClockedApiFactory api)
{
    [Fact]
    public async Task Renaming_removing_and_renewing_codes_with_a_stale_login_check_are_refused_and_change_nothing()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.RegisterAsync(employee);
        await MyFactors.AddAppAsync(api, employee, token, "Tweede app");
        var before = await MyFactors.OfAsync(api, token);
        var until = (await api.GraphQL().SendAsync(MyFactors.List, token: token)).Payload("mySecondFactors").GetProperty("changesAllowedUntil").GetDateTimeOffset();

        api.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        var renamed = await api.GraphQL().SendAsync(MyFactors.Rename, new { input = new { factorId = before[0].Id, name = "Te laat" } }, token);
        var removed = await api.GraphQL().SendAsync(MyFactors.Remove, new { input = new { factorId = before[0].Id } }, token);
        var renewed = await api.GraphQL().SendAsync(MyFactors.RenewRecoveryCodes, token: token);

        until.ShouldBeInRange(api.Clock.GetUtcNow() - TimeSpan.FromMinutes(1), api.Clock.GetUtcNow());
        renamed.UserErrorCodes("renameSecondFactor").ShouldBe(["LOGIN_CHECK_REQUIRED"]);
        removed.UserErrorCodes("removeSecondFactor").ShouldBe(["LOGIN_CHECK_REQUIRED"]);
        renewed.UserErrorCodes("renewRecoveryCodes").ShouldBe(["LOGIN_CHECK_REQUIRED"]);
        (await MyFactors.OfAsync(api, token)).ShouldBe(before);
    }
}
