using Verzuim.Absence.Absences;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Settings;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.Dates;

namespace Verzuim.Absence.Reporting;

/// <summary>
/// An employer user corrects the dates of an employee's most recent absence. A correction may not change whether the
/// absence is linked to the one before; that takes a withdrawal and a new report, so payroll sees what happened.
/// </summary>
internal sealed class CorrectAbsence(AbsenceChanges changes, AbsenceSettingsStore settingsStore, AbsenceDbContext db, TimeProvider clock)
{
    public Task<AbsencePayload> HandleAsync(Caller caller, CorrectAbsenceInput input, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caller, new ChangeRequest("correctAbsence", input.AbsenceId, input.ExpectedVersion, null, input), async (absence, ct) =>
        {
            if (absence.Status == AbsenceStatus.Withdrawn)
            {
                return [UserError.For(AbsenceErrorCodes.Conflict, "This absence has been withdrawn.")];
            }
            if (await LatestAbsence.CheckAsync(db, absence, ct) is { } notLatest)
            {
                return [notLatest];
            }
            var errors = await ErrorsAsync(absence, input, ct);
            if (errors.Count == 0)
            {
                var now = clock.GetUtcNow();
                absence.Correct(input.FirstDay, input.RecoveredOn, caller.Reporter(), now);
                db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.Corrected, now, input.FirstDay));
            }
            return errors;
        }, cancellationToken);

    private async Task<List<UserError>> ErrorsAsync(EmployeeAbsence absence, CorrectAbsenceInput input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        var settings = await settingsStore.ForAsync(absence.EmployerId, cancellationToken);
        var today = DutchDates.Today(clock);
        if (input.FirstDay > settings.EmployerWindow.Latest(today))
        {
            errors.Add(UserError.For(AbsenceErrorCodes.OutsideReportingWindow, $"Choose a date up to and including {IsoDates.Format(settings.EmployerWindow.Latest(today))}.", "input", "firstDay"));
        }
        var previous = await LatestAbsence.PreviousAsync(db, absence, cancellationToken);
        if (previous?.RecoveredOn is { } back && input.FirstDay < back)
        {
            errors.Add(UserError.For(AbsenceErrorCodes.OverlapsPreviousAbsence, $"The previous absence lasted until {IsoDates.Format(back)}.", "input", "firstDay"));
        }
        else if (AbsenceWithinFourWeeksOfRecoveryIsLinked.LinkedTo(previous, input.FirstDay)?.Id != absence.LinkedToId)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue,
                "This first day would change whether the absence continues the previous one; withdraw it and report it again instead.", "input", "firstDay"));
        }
        var changes = absence.History.Where(line => line.Kind == HistoryKind.PercentageChanged).Select(line => line.EffectiveOn).ToList();
        if (changes.Count > 0 && input.FirstDay > changes.Min())
        {
            errors.Add(UserError.For(AbsenceErrorCodes.BeforeLatestChange, $"There is a change from {IsoDates.Format(changes.Min())}; the first day of absence cannot be after that date.", "input", "firstDay"));
        }
        if (input.RecoveredOn is { } recoveredOn)
        {
            if (absence.IsOpen)
            {
                errors.Add(UserError.For(ErrorCodes.InvalidValue, "An open absence has no recovery date to correct; report recovery instead.", "input", "recoveredOn"));
            }
            else if (recoveredOn <= input.FirstDay || (changes.Count > 0 && recoveredOn < changes.Max()) || recoveredOn > settings.EmployerWindow.Latest(today))
            {
                errors.Add(UserError.For(AbsenceErrorCodes.RecoveryNotAfterFirstDay, "The first working day after recovery must come after the first day of absence and after the latest change.", "input", "recoveredOn"));
            }
        }
        return errors;
    }
}

internal sealed class CorrectAbsenceInput
{
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
    public DateOnly FirstDay { get; init; }
    public DateOnly? RecoveredOn { get; init; }
}
