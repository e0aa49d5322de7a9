using Verzuim.Absence.Absences;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Notifications;
using Verzuim.Absence.Settings;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.Dates;

namespace Verzuim.Absence.Reporting;

/// <summary>
/// Hersteld melden (DOMAIN §6): full recovery closes the absence; partial recovery, where allowed, keeps it open at a
/// lower percentage with a new history line.
/// </summary>
internal sealed class ReportRecovered(AbsenceChanges changes, AbsenceSettingsStore settingsStore, AbsenceDbContext db, ReportNotices notices, TimeProvider clock)
{
    public const string Operation = "reportRecovered";

    public async Task<AbsencePayload> HandleAsync(Caller caller, ReportRecoveredInput input, CancellationToken cancellationToken)
    {
        var request = new ChangeRequest(Operation, input.AbsenceId, input.ExpectedVersion, input.IdempotencyKey, input);
        var result = await changes.ApplyAsync(caller, request, async (absence, ct) =>
        {
            if (AbsenceChanges.StillOpenOrConflict(absence) is { Count: > 0 } closed)
            {
                return closed;
            }
            var errors = await ErrorsAsync(caller, absence, input, ct);
            var percentage = input.Partial is { } partial ? PartialRecovery.AbsencePercentage(partial, errors) : null;
            if (errors.Count > 0)
            {
                return errors;
            }
            var now = clock.GetUtcNow();
            if (percentage is { } remaining)
            {
                absence.ChangePercentage(remaining, input.RecoveredOn, caller.Reporter(), now);
                db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.PercentageChanged, now, input.RecoveredOn));
            }
            else
            {
                absence.Recover(input.RecoveredOn, input.Reason ?? RecoveryReason.Recovered, caller.Reporter(), now);
                db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.Recovered, now, input.RecoveredOn));
            }
            if (caller is EmployeeCaller self)
            {
                await notices.QueueAsync(absence.EmployerId, ct);
                await notices.ConfirmRecoveredAsync(self, input.RecoveredOn, partly: percentage is not null, ct);
            }
            return AbsenceChanges.NoErrors;
        }, cancellationToken);
        if (result.Errors.Count == 0 && caller is EmployeeCaller)
        {
            notices.Committed();
        }
        return result;
    }

    private async Task<List<UserError>> ErrorsAsync(Caller caller, EmployeeAbsence absence, ReportRecoveredInput input, CancellationToken cancellationToken)
    {
        var settings = await settingsStore.ForAsync(absence.EmployerId, cancellationToken);
        var byEmployee = caller is EmployeeCaller;
        var errors = new List<UserError>();
        if (byEmployee && !settings.EmployeesMayReportRecovered)
        {
            errors.Add(UserError.For(AbsenceErrorCodes.NotAllowedByEmployer, "Your employer wants you to report your recovery by phone."));
        }
        if (byEmployee && input.Reason is not (null or RecoveryReason.Recovered))
        {
            errors.Add(UserError.For(ErrorCodes.Forbidden, "Employees can only report recovery; your employer reports any other reason.", "input", "reason"));
        }
        if (input.Partial is not null && input.Reason is not (null or RecoveryReason.Recovered))
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "Only a full recovery has a reason other than RECOVERED.", "input", "reason"));
        }
        if (input.Partial is not null && PartialRecoveryOnlyWhereAllowed.Check(byEmployee, settings, "input", "partial") is { } notAllowed)
        {
            errors.Add(notAllowed);
        }
        var window = settings.RecoveryWindow(byEmployee);
        var dateError = RecoveryMustFollowFirstDay.Check(absence, input.RecoveredOn, "input", "recoveredOn")
            ?? AbsenceCannotStartOutsideReportingWindow.Check(input.RecoveredOn, window, DutchDates.Today(clock), "input", "recoveredOn");
        if (dateError is not null)
        {
            errors.Add(dateError);
        }
        return errors;
    }
}
