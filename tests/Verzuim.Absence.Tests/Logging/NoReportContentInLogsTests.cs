using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Verzuim.Absence.Tests.AbsenceCalls;

namespace Verzuim.Absence.Tests.Logging;

/// <summary>SECURITY, "Privacy": logs carry no personal data beyond ids, also when a sick report is written and read back.</summary>
public sealed class NoReportContentInLogsTests(NoReportContentInLogsTests.LoggedApi api) : IClassFixture<NoReportContentInLogsTests.LoggedApi>
{
    public sealed class LoggedApi : VerzuimApiFactory
    {
        public LogCollector Logs { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings() => LogCollector.TraceEverything;

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
    }

    [Fact]
    public async Task Reporting_sick_and_recovered_logs_neither_the_handover_nor_the_phone_nor_the_address()
    {
        var sanne = await SignedInEmployee.CreateAsync(api);
        var reported = await sanne.SendAsync(ReportSick, new
        {
            input = new
            {
                firstDay = Iso(Today.AddDays(-1)), contactPhone = "06 98761234", handover = "Overleg-met-Kwakkelstein op vrijdag",
                stayAddress = new { street = "Zonnebloemlaan 17", postalCode = "9999 ZZ", city = "Ergenshuizen" },
                safetyNet = "NO", workplaceAccident = false, trafficAccidentWithLiableThirdParty = false,
            },
        });
        await sanne.SendAsync(MyAbsences);
        await sanne.SendAsync(ReportRecovered, Recovered(reported.AbsenceId("reportSick"), Today));

        reported.UserErrors("reportSick").ShouldBeEmpty();
        var log = api.Logs.Text;
        log.Length.ShouldBeGreaterThan(1000, "the test must see the Host's logs to mean anything");
        foreach (var secret in new[] { "Kwakkelstein", "98761234", "Zonnebloemlaan", "Ergenshuizen", "9999 ZZ" })
        {
            log.ShouldNotContain(secret);
        }
    }
}
