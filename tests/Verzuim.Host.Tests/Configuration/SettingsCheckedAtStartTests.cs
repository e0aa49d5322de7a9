using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verzuim.Host.Tests.Configuration;

/// <summary>A wrong setting stops the Host at start, naming the setting, instead of surfacing on some later request.</summary>
[Collection(HostApiCollection.Name)]
public sealed class SettingsCheckedAtStartTests(VerzuimApiFactory api)
{
    [Theory]
    [InlineData("Accounts:Sessions:Idle", "00:00:00", "Idle")]
    [InlineData("Accounts:Sessions:PendingSecondFactor", "1.00:00:00", "PendingSecondFactor")]
    [InlineData("Accounts:LoginLimits:FailuresPerSource", "0", "FailuresPerSource")]
    [InlineData("Accounts:PasswordHashing:Concurrency", "0", "Concurrency")]
    [InlineData("Accounts:PasswordHashing:Iterations", "10", "Iterations")]
    [InlineData("GraphQL:MaxFields", "1", "MaxFields")]
    [InlineData("GraphQL:MaxComplexity", "-5", "MaxComplexity")]
    public void A_setting_out_of_range_stops_the_start_and_is_named(string key, string value, string named)
    {
        using var wrong = api.WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var refused = Should.Throw<Exception>(() => wrong.Services);

        Flatten(refused).OfType<OptionsValidationException>().ShouldNotBeEmpty(refused.ToString());
        refused.ToString().ShouldContain(named);
    }

    [Fact]
    public void The_settings_the_tests_run_with_pass_the_same_checks() =>
        Should.NotThrow(() => api.Services.GetRequiredService<IStartupValidator>().Validate());

    private static IEnumerable<Exception> Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? aggregate.InnerExceptions.SelectMany(Flatten)
            : exception.InnerException is { } inner ? [exception, .. Flatten(inner)] : [exception];
}
