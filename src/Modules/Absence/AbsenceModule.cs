using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Dashboard;
using Verzuim.Absence.Data;
using Verzuim.Absence.GraphQL;
using Verzuim.Absence.Integration;
using Verzuim.Absence.Notifications;
using Verzuim.Absence.PayrollFeed;
using Verzuim.Absence.Reporting;
using Verzuim.Absence.Settings;
using Verzuim.BuildingBlocks.Background;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Absence;

/// <summary>
/// The Absence module: sick and recovery reports, their history, the Poortwachter timeline, the employee's dashboard
/// and the payroll change feed. Everything in it is internal; this registration is its surface.
/// </summary>
public static class AbsenceModule
{
    public static IServiceCollection AddAbsenceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AbsenceDbContext>(AbsenceDbContext.Schema);
        services.AddEmailOutbox<AbsenceDbContext>();
        services.AddIdempotentRequests<AbsenceDbContext>();
        services.AddSingleton(EmployerPortalLink.From(configuration));
        Type[] useCases =
        [
            typeof(AbsenceSettingsStore), typeof(ReportNotices), typeof(AbsenceChanges), typeof(CasePeriods), typeof(AbsenceReplays),
            typeof(ReportSick), typeof(ReportRecovered), typeof(ChangeAbsencePercentage), typeof(CorrectAbsence), typeof(WithdrawAbsence),
            typeof(AbsenceQueries), typeof(EmployeeDashboard), typeof(EventFeed), typeof(FeedPositions),
        ];
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }
        services.AddScoped<IAbsenceChanges, AbsenceChangeStream>();
        services.AddSingleton<AbsenceChangeSignal>();
        services.AddCatchUpWorker<FeedPositionWorker>();
        services.AddSingleton<IPoortwachterSchedule, PoortwachterSchedule>();
        services.AddAbsenceSchema();
        return services;
    }
}
