using Verzuim.Absence.Contracts;

namespace Verzuim.Absence.Domain;

/// <summary>
/// A change to an absence as payroll needs it (DOMAIN §9): dates, hours and percentages, never free text and nothing
/// from the dossier. Its kinds are those other modules receive (<see cref="AbsenceChangeKind"/>). Written in the same transaction as the change. Its positions are given after the commit, in the
/// order events become visible, so a reader paging by position never skips one: <see cref="Position"/> across all
/// employers, for the modules that follow every change, and <see cref="EmployerPosition"/> within the employer, for
/// its payroll feed.
/// </summary>
internal sealed class AbsenceEvent
{
    private AbsenceEvent() { }

    public long Id { get; private set; }
    public long? Position { get; private set; }
    public long? EmployerPosition { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid AbsenceId { get; private set; }
    public Guid EmployeeId { get; private set; }

    /// <summary>For the integration events only (linked absences share a case); payroll reads <see cref="LinkedToAbsenceId"/>.</summary>
    public Guid CaseId { get; private set; }
    public DateOnly CaseFirstDay { get; private set; }
    public string EmployeeKey { get; private set; } = "";
    public AbsenceChangeKind Kind { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public decimal? HoursWorkedOnFirstDay { get; private set; }
    public int Percentage { get; private set; }
    public DateOnly? EffectiveOn { get; private set; }
    public DateOnly? RecoveredOn { get; private set; }
    public RecoveryReason? Reason { get; private set; }
    public Guid? LinkedToAbsenceId { get; private set; }
    public int AbsenceVersion { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    public static AbsenceEvent Of(EmployeeAbsence absence, AbsenceChangeKind kind, DateTimeOffset now, DateOnly? effectiveOn = null) => new()
    {
        EmployerId = absence.EmployerId,
        AbsenceId = absence.Id,
        EmployeeId = absence.EmployeeId,
        CaseId = absence.CaseId,
        CaseFirstDay = absence.CaseFirstDay,
        EmployeeKey = absence.EmployeeKey,
        Kind = kind,
        FirstDay = absence.FirstDay,
        HoursWorkedOnFirstDay = kind == AbsenceChangeKind.Reported ? absence.HoursWorkedOnFirstDay : null,
        Percentage = absence.Percentage,
        EffectiveOn = effectiveOn,
        RecoveredOn = absence.RecoveredOn,
        Reason = absence.Reason,
        LinkedToAbsenceId = kind == AbsenceChangeKind.Linked ? absence.LinkedToId : null,
        AbsenceVersion = absence.Version,
        OccurredAt = now,
    };
}
