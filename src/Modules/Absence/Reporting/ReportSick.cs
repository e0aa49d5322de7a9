using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Notifications;
using Verzuim.Absence.PayrollFeed;
using Verzuim.Absence.Settings;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dates;

namespace Verzuim.Absence.Reporting;

/// <summary>
/// Ziek melden (DOMAIN §5): an employee for themselves, or an employer user or API client on an employee's behalf.
/// The absence, its history line, its payroll events, the idempotency record and the HR notice are one commit.
/// </summary>
internal sealed class ReportSick(
    AbsenceDbContext db, IAccountDirectory accounts, AbsenceSettingsStore settingsStore, AbsenceReplays idempotency, ReportNotices notices,
    AbsenceChangeSignal changeSignal, TimeProvider clock)
{
    public const string Operation = "reportSick";

    public async Task<AbsencePayload> HandleAsync(Caller caller, ReportSickInput input, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(input.IdempotencyKey) is { } keyError)
        {
            return AbsencePayload.Refused(keyError);
        }
        var reporter = caller.Reporter();
        var fingerprint = IdempotencyKey.Fingerprint(Operation, input);
        if (await idempotency.ReplayAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken) is { } replay)
        {
            return replay;
        }
        if (caller is not EmployeeCaller && input.EmployeeId is null)
        {
            return AbsencePayload.Refused(UserError.For(ErrorCodes.Required, "Say whose absence this is.", "input", "employeeId"));
        }
        if (await EmployeeAsync(caller, input.EmployeeId, cancellationToken) is not { } employee)
        {
            return AbsencePayload.Refused(UserError.For(ErrorCodes.NotFound, "There is no such employee.", "input", "employeeId"));
        }
        var (report, errors) = SickReportValidation.Validate(input, caller is EmployeeCaller);
        errors.AddRange(await PolicyErrorsAsync(caller, employee, input.FirstDay, cancellationToken));
        if (errors.Count > 0)
        {
            return AbsencePayload.Refused(errors);
        }

        var latest = await db.Absences.AsNoTracking().Include(a => a.History)
            .Where(a => a.EmployeeId == employee.EmployeeId && a.Status != AbsenceStatus.Withdrawn)
            .OrderByDescending(a => a.FirstDay).FirstOrDefaultAsync(cancellationToken);
        if (latest is { IsOpen: true })
        {
            // A double submission that committed since the first look is answered as the first was.
            return await idempotency.ReplayAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken) ?? AlreadySick(latest);
        }
        if (latest?.RecoveredOn is { } back && input.FirstDay < back)
        {
            return AbsencePayload.Refused(UserError.For(AbsenceErrorCodes.OverlapsPreviousAbsence,
                $"The previous absence lasted until {IsoDates.Format(back)}; choose that day or later.", "input", "firstDay"));
        }

        var now = clock.GetUtcNow();
        var linkedTo = AbsenceWithinFourWeeksOfRecoveryIsLinked.LinkedTo(latest, input.FirstDay);
        var absence = EmployeeAbsence.Report(
            new NewAbsence(employee.EmployerId, employee.EmployeeId, employee.ExternalKey, input.FirstDay, input.HoursWorkedOnFirstDay, input.Percentage ?? 100, report!),
            linkedTo, reporter, now);
        db.Absences.Add(absence);
        db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.Reported, now, absence.FirstDay));
        if (linkedTo is not null)
        {
            db.Events.Add(AbsenceEvent.Of(absence, AbsenceChangeKind.Linked, now, absence.FirstDay));
        }
        idempotency.Remember(caller, input.IdempotencyKey, Operation, fingerprint, absence.Id);
        if (caller is EmployeeCaller self)
        {
            await notices.QueueAsync(employee.EmployerId, cancellationToken);
            await notices.ConfirmSickAsync(self, absence.FirstDay, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            // A concurrent request won: the same request again (its key), or another report for this employee.
            db.ChangeTracker.Clear();
            return await idempotency.ReplayAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken)
                ?? AlreadySick(await db.Absences.AsNoTracking().Include(a => a.History)
                    .SingleAsync(a => a.EmployeeId == employee.EmployeeId && a.Status == AbsenceStatus.Open, cancellationToken));
        }
        notices.Committed();
        changeSignal.Committed();
        return AbsencePayload.Done(absence);
    }

    private async Task<EmployeeRecord?> EmployeeAsync(Caller caller, string? employeeId, CancellationToken cancellationToken)
    {
        if (caller is EmployeeCaller self)
        {
            var ownId = GlobalId.Encode(AccountTypeNames.Employee, self.EmployeeId);
            return employeeId is null || employeeId == ownId ? await accounts.EmployeeAsync(self.Employer, self.EmployeeId, cancellationToken) : null;
        }
        return GlobalId.TryDecode(employeeId, AccountTypeNames.Employee, out var id) ? await accounts.EmployeeAsync(caller.EmployerId!.Value, id, cancellationToken) : null;
    }

    private async Task<List<UserError>> PolicyErrorsAsync(Caller caller, EmployeeRecord employee, DateOnly firstDay, CancellationToken cancellationToken)
    {
        var settings = await settingsStore.ForAsync(employee.EmployerId, cancellationToken);
        var errors = new List<UserError>();
        if (caller is EmployeeCaller && !settings.EmployeesMayReportSick)
        {
            errors.Add(UserError.For(AbsenceErrorCodes.NotAllowedByEmployer, "Your employer wants you to report sick by phone."));
        }
        var window = caller is EmployeeCaller ? settings.EmployeeWindow : settings.EmployerWindow;
        if (AbsenceCannotStartOutsideReportingWindow.Check(firstDay, window, DutchDates.Today(clock), "input", "firstDay") is { } outside)
        {
            errors.Add(outside);
        }
        if (firstDay < employee.EmploymentStart || (employee.EmploymentEnd is { } end && firstDay > end))
        {
            errors.Add(UserError.For(AbsenceErrorCodes.NotEmployed, "The employee is not employed on that day.", "input", "firstDay"));
        }
        return errors;
    }

    private static AbsencePayload AlreadySick(EmployeeAbsence open) => new(open,
        [UserError.For(AbsenceErrorCodes.AlreadySick, $"There is already an open absence from {IsoDates.Format(open.FirstDay)}.")]);
}
