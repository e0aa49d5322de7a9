using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Verzuim.Accounts.Contracts;

namespace Verzuim.SecondFactor.Tests.AuthenticatorApp;

/// <summary>
/// SECURITY.md, "Recovery codes": the codes are shown once, so a process that stops between confirming the factor and
/// finishing the session must not lose them.
/// </summary>
public sealed class InterruptedEnrollmentTests : IAsyncLifetime
{
    private const string Begin = "mutation { beginAuthenticatorEnrollment { factorId key errors { code } } }";

    private const string Confirm = """
        mutation($input: ConfirmAuthenticatorEnrollmentInput!) { confirmAuthenticatorEnrollment(input: $input) { session { token state } recoveryCodes errors { code } } }
        """;

    private readonly InterruptibleApiFactory api = new();

    public Task InitializeAsync() => api.InitializeAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_confirmation_cut_off_after_its_commit_is_finished_by_sending_it_again_with_the_same_recovery_codes()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var pending = await employer.FirstLoginAsync(employee);
        var (otherSession, _) = await TestEmployer.LogInWithPasswordAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        var begun = (await api.GraphQL().SendAsync(Begin, token: pending)).Payload("beginAuthenticatorEnrollment");
        var secret = Base32Encoding.ToBytes(begun.GetProperty("key").GetString()!.Replace(" ", "", StringComparison.Ordinal));
        var input = new { factorId = begun.GetProperty("factorId").GetString(), code = new Totp(secret).ComputeTotp() };

        api.Sessions.FailNextEndOthers = true;
        var cutOff = await api.GraphQL().SendAsync(Confirm, new { input }, pending);
        var sentAgain = await api.GraphQL().SendAsync(Confirm, new { input }, pending);
        var full = sentAgain.Payload("confirmAuthenticatorEnrollment").GetProperty("session");
        var thirdTime = await api.GraphQL().SendAsync(Confirm, new { input }, full.GetProperty("token").GetString());

        cutOff.ErrorCodes.ShouldBe(["INTERNAL_ERROR"]);
        sentAgain.UserErrors("confirmAuthenticatorEnrollment").ShouldBeEmpty();
        full.GetProperty("state").GetString().ShouldBe("FULL");
        var codes = sentAgain.Payload("confirmAuthenticatorEnrollment").GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()).ToList();
        codes.Count.ShouldBe(10);
        (await api.GraphQL().SendAsync("{ mySecondFactors { recoveryCodesLeft } }", token: otherSession)).ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        (await api.GraphQL().SendAsync("{ mySecondFactors { recoveryCodesLeft } }", token: full.GetProperty("token").GetString()))
            .Data.GetProperty("mySecondFactors").GetProperty("recoveryCodesLeft").GetInt32().ShouldBe(10);
        thirdTime.Payload("confirmAuthenticatorEnrollment").GetProperty("recoveryCodes").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    /// <summary>The Host with Accounts' session service wrapped, so a test can make the step after the commit fail once.</summary>
    private sealed class InterruptibleApiFactory : VerzuimApiFactory
    {
        public InterruptibleSessions Sessions { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            var configured = services.Last(service => service.ServiceType == typeof(IAccountSessions));
            services.Remove(configured);
            services.AddScoped<IAccountSessions>(provider =>
                Sessions.Around((IAccountSessions)ActivatorUtilities.CreateInstance(provider, configured.ImplementationType!)));
        }
    }

    private sealed class InterruptibleSessions
    {
        public bool FailNextEndOthers { get; set; }

        public IAccountSessions Around(IAccountSessions inner) => new Wrapper(inner, this);

        private sealed class Wrapper(IAccountSessions inner, InterruptibleSessions owner) : IAccountSessions
        {
            public Task<SessionGrant?> CompleteSecondFactorAsync(Guid sessionId, CancellationToken cancellationToken) =>
                inner.CompleteSecondFactorAsync(sessionId, cancellationToken);

            public Task<DateTimeOffset?> LoginCheckedAtAsync(Guid sessionId, CancellationToken cancellationToken) => inner.LoginCheckedAtAsync(sessionId, cancellationToken);

            public Task EndAsync(Guid sessionId, CancellationToken cancellationToken) => inner.EndAsync(sessionId, cancellationToken);

            public Task EndAllAsync(Guid accountId, CancellationToken cancellationToken) => inner.EndAllAsync(accountId, cancellationToken);

            public Task EndOthersAsync(Guid sessionId, CancellationToken cancellationToken)
            {
                if (owner.FailNextEndOthers)
                {
                    owner.FailNextEndOthers = false;
                    throw new TimeoutException("The process stopped here.");
                }
                return inner.EndOthersAsync(sessionId, cancellationToken);
            }
        }
    }
}
