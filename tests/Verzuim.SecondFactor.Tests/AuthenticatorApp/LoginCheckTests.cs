using System.Net;

namespace Verzuim.SecondFactor.Tests.AuthenticatorApp;

[Collection(ClockedApiCollection.Name)]
public sealed class LoginCheckTests(ClockedApiFactory api)
{
    [Fact]
    public async Task Adding_a_factor_needs_a_login_check_at_most_ten_minutes_old()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var session = await employer.RegisterAsync(employee);

        api.Clock.Advance(TimeSpan.FromMinutes(9));
        var fresh = await api.GraphQL().SendAsync("mutation { beginAuthenticatorEnrollment { errors { code } } }", token: session);
        api.Clock.Advance(TimeSpan.FromMinutes(2));
        var stale = await api.GraphQL().SendAsync("mutation { beginAuthenticatorEnrollment { errors { code } } }", token: session);

        fresh.UserErrors("beginAuthenticatorEnrollment").ShouldBeEmpty();
        stale.UserErrorCodes("beginAuthenticatorEnrollment").ShouldBe(["LOGIN_CHECK_REQUIRED"]);
    }

    [Fact]
    public async Task A_session_that_only_passed_the_password_ends_within_ten_minutes()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var (token, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employer.HrEmail, TestEmployer.Password);

        api.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));

        (await api.GraphQL().SendAsync("{ mySecondFactors { recoveryCodesLeft } }", token: token)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
