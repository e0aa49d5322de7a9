using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Settings;
using Verzuim.Absence.Timeline;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.Dates;

namespace Verzuim.Absence.Dashboard;

/// <summary>What the employee sees first (DOMAIN §4): sick or not, which week, what comes next, whom to call, what to report.</summary>
internal sealed record EmployeeDashboardView(
    EmployeeAbsence? Current,
    int Week,
    IReadOnlyList<Milestone> NextSteps,
    IReadOnlyList<Contact> Contacts,
    bool MayReportSick,
    bool MayReportRecovered,
    bool MayReportPartialRecovery,
    ReportingWindow Window,
    ReportingWindow RecoveryWindow,
    DateOnly Today)
{
    /// <summary>The first date a recovery report accepts: inside the window, after the first day and any later change.</summary>
    public DateOnly? EarliestRecoveryDate => Current is null ? null
        : new[] { RecoveryWindow.Earliest(Today), Current.FirstDay.AddDays(1), Current.LatestEffectiveDay }.Max();

    public DateOnly? LatestRecoveryDate => Current is null ? null : RecoveryWindow.Latest(Today);
}

internal sealed class EmployeeDashboard(AbsenceDbContext db, AbsenceSettingsStore settingsStore, CasePeriods casePeriods, TimeProvider clock)
{
    public const int NextStepsShown = 3;

    public async Task<EmployeeDashboardView> ForAsync(EmployeeCaller employee, CancellationToken cancellationToken)
    {
        var settings = await settingsStore.ForAsync(employee.Employer, cancellationToken);
        var current = await db.Absences.AsNoTracking().Include(a => a.History)
            .SingleOrDefaultAsync(a => a.EmployeeId == employee.EmployeeId && a.EmployerId == employee.Employer && a.Status == AbsenceStatus.Open, cancellationToken);
        var today = DutchDates.Today(clock);
        var week = 0;
        IReadOnlyList<Milestone> next = [];
        if (current is not null)
        {
            var periods = await casePeriods.ForAsync(current, cancellationToken);
            week = PoortwachterTimeline.WeekOn(periods, today);
            next = [.. PoortwachterTimeline.For(periods).Where(m => m.Rule.InvolvesEmployee && m.DueOn >= today).Take(NextStepsShown)];
        }
        return new EmployeeDashboardView(current, week, next, settings.Contacts,
            MayReportSick: current is null && settings.EmployeesMayReportSick,
            MayReportRecovered: current is not null && settings.EmployeesMayReportRecovered,
            MayReportPartialRecovery: current is not null && settings.EmployeesMayReportRecovered && settings.EmployeesMayReportPartialRecovery,
            settings.EmployeeWindow, settings.RecoveryWindow(byEmployee: true), today);
    }
}
