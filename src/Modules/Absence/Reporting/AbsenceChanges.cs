using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Absence.PayrollFeed;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Absence.Reporting;

/// <summary>What every change to an existing absence carries besides its own fields.</summary>
internal sealed record ChangeRequest(string Operation, string AbsenceId, int? ExpectedVersion, string? IdempotencyKey, object Input);

/// <summary>
/// The one path of every change to an existing absence: find it in the caller's scope, refuse a stale expected
/// version, apply the change, save it against the version it was read at. When another change commits first, the
/// loser gets <c>CONFLICT</c> with the state the winner left, so one linear history remains and nothing is lost.
/// </summary>
internal sealed class AbsenceChanges(AbsenceDbContext db, AbsenceReplays idempotency, AbsenceChangeSignal changeSignal)
{
    public delegate Task<IReadOnlyList<UserError>> Change(EmployeeAbsence absence, CancellationToken cancellationToken);

    public async Task<AbsencePayload> ApplyAsync(Caller caller, ChangeRequest request, Change change, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(request.IdempotencyKey) is { } keyError)
        {
            return AbsencePayload.Refused(keyError);
        }
        var reporter = caller.Reporter();
        var fingerprint = IdempotencyKey.Fingerprint(request.Operation, request.Input);
        if (await idempotency.ReplayAsync(caller, request.IdempotencyKey, request.Operation, fingerprint, cancellationToken) is { } replay)
        {
            return replay;
        }
        if (await db.FindForChangeAsync(caller, request.AbsenceId, cancellationToken) is not { } absence)
        {
            return AbsencePayload.NotFound("input", "absenceId");
        }
        if (request.ExpectedVersion is { } expected && expected != absence.Version)
        {
            return AbsencePayload.Conflict(absence, $"This absence has been changed in the meantime (version {absence.Version}, not {expected}).");
        }
        var errors = await change(absence, cancellationToken);
        if (errors.Count > 0)
        {
            // The same request may have committed since the first look (a double submission): answer as it did.
            return await idempotency.ReplayAsync(caller, request.IdempotencyKey, request.Operation, fingerprint, cancellationToken)
                ?? (errors[0].Code == AbsenceErrorCodes.Conflict ? new AbsencePayload(absence, errors) : AbsencePayload.Refused(errors));
        }
        idempotency.Remember(caller, request.IdempotencyKey, request.Operation, fingerprint, absence.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            changeSignal.Committed();
            return AbsencePayload.Done(absence);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return await idempotency.ReplayAsync(caller, request.IdempotencyKey, request.Operation, fingerprint, cancellationToken)
                ?? AbsencePayload.Conflict(
                    await db.Absences.AsNoTracking().Include(a => a.History).SingleAsync(a => a.Id == absence.Id, cancellationToken),
                    "Someone else changed this absence at the same moment. Check its current state and try again if needed.");
        }
    }

    public static IReadOnlyList<UserError> NoErrors { get; } = [];

    public static IReadOnlyList<UserError> StillOpenOrConflict(EmployeeAbsence absence) => absence.IsOpen ? NoErrors
        : [UserError.For(AbsenceErrorCodes.Conflict, absence.Status == AbsenceStatus.Withdrawn
            ? "This absence has been withdrawn."
            : $"This absence is already closed: recovered as of {IsoDates.Format(absence.RecoveredOn!.Value)}.")];
}
