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

/// <summary>An employer user changes the absence percentage from a date, as the company doctor advises.</summary>
internal sealed class ChangeAbsencePercentage(AbsenceChanges changes, AbsenceSettingsStore settingsStore, AbsenceDbContext db, TimeProvider clock)
{
    public Task<AbsencePayload> HandleAsync(Caller caller, ChangeAbsencePercentageInput input, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caller, new ChangeRequest("changeAbsencePercentage", input.AbsenceId, input.ExpectedVersion, null, input), async (absence, ct) =>
        {
            if (AbsenceChanges.StillOpenOrConflict(absence) is { Count: > 0 } closed)
            {
                return closed;
            }
            var settings = await settingsStore.ForAsync(absence.EmployerId, ct);
            var errors = new List<UserError>();
            if (input.Percentage is < 1 or > 100)
            {
                errors.Add(UserError.For(ErrorCodes.InvalidValue, "The percentage lies between 1 and 100; report recovery to end the absence.", "input", "percentage"));
            }
            var dateError = ChangeCannotPrecedeLatestChange.Check(absence, input.From, "input", "from")
                ?? AbsenceCannotStartOutsideReportingWindow.Check(input.From, settings.EmployerWindow, DutchDates.Today(clock), "input", "from");
            if (dateError is not null)
            {
                errors.Add(dateError);
            }
            if (errors.Count == 0)
            {
                var now = clock.GetUtcNow();
                absence.ChangePercentage(input.Percentage, input.From, caller.Reporter(), now);
                db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.PercentageChanged, now, input.From));
            }
            return errors;
        }, cancellationToken);
}

internal sealed class ChangeAbsencePercentageInput
{
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
    public int Percentage { get; init; }
    public DateOnly From { get; init; }
}
