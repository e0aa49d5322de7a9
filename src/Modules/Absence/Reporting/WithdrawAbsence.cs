using Verzuim.Absence.Absences;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Absence.Reporting;

/// <summary>An employer user withdraws a report made in error: it stops counting, and payroll hears so.</summary>
internal sealed class WithdrawAbsence(AbsenceChanges changes, AbsenceDbContext db, TimeProvider clock)
{
    public Task<AbsencePayload> HandleAsync(Caller caller, WithdrawAbsenceInput input, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caller, new ChangeRequest("withdrawAbsence", input.AbsenceId, input.ExpectedVersion, null, input), async (absence, ct) =>
        {
            if (absence.Status == AbsenceStatus.Withdrawn)
            {
                return [BuildingBlocks.Errors.UserError.For(AbsenceErrorCodes.Conflict, "This absence has already been withdrawn.")];
            }
            if (await LatestAbsence.CheckAsync(db, absence, ct) is { } notLatest)
            {
                return [notLatest];
            }
            var now = clock.GetUtcNow();
            absence.Withdraw(caller.Reporter(), now);
            db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.Withdrawn, now, absence.FirstDay));
            return AbsenceChanges.NoErrors;
        }, cancellationToken);
}

internal sealed class WithdrawAbsenceInput
{
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}
