using Verzuim.Absence.Contracts;
using Verzuim.BuildingBlocks.Paging;
using Verzuim.Dossiers.Cases;

namespace Verzuim.Dossiers.Domain;

internal enum DossierStatus
{
    Open,
    Closed,

    /// <summary>Every absence of the case was withdrawn as reported in error.</summary>
    Withdrawn,
}

/// <summary>
/// The reintegration dossier of one absence case: one absence, or several linked ones (samengesteld verzuim). Its id
/// is the case id, so the absences of a case meet in one dossier whatever order their events arrive in. It is kept
/// up to date from the Absence module's events only; see <see cref="DossierProjection"/>.
/// </summary>
internal sealed class Dossier : IPageable
{
    public const string TypeName = "Dossier";

    private Dossier() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid EmployeeId { get; private set; }

    /// <summary>The first day of the case, from which the Poortwachter weeks count.</summary>
    public DateOnly FirstDay { get; private set; }

    /// <summary>The first working day back after the last absence of the case, once it is closed.</summary>
    public DateOnly? ClosedOn { get; private set; }
    public DossierStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public List<DossierPeriod> Periods { get; private set; } = [];

    public bool IsOpen => Status == DossierStatus.Open;

    public static Dossier Open(AbsenceChanged change) => new()
    {
        Id = change.CaseId,
        EmployerId = change.EmployerId,
        EmployeeId = change.EmployeeId,
        FirstDay = change.CaseFirstDay,
        Status = DossierStatus.Open,
        CreatedAt = change.OccurredAt,
    };

    /// <summary>Takes in one change to one of the case's absences. Every event carries the absence's state, so applying it twice changes nothing.</summary>
    public void Apply(AbsenceChanged change)
    {
        var period = Periods.SingleOrDefault(p => p.AbsenceId == change.AbsenceId);
        if (period is null)
        {
            period = new DossierPeriod(change.AbsenceId, Id);
            Periods.Add(period);
        }
        period.Update(change.FirstDay, change.RecoveredOn, withdrawn: change.Kind == AbsenceChangeKind.Withdrawn || period.Withdrawn);
        var counting = ActivePeriods();
        FirstDay = counting.Count > 0 ? counting[0].FirstDay : change.CaseFirstDay;
        Status = counting.Count == 0 ? DossierStatus.Withdrawn
            : counting.Any(p => p.RecoveredOn is null) ? DossierStatus.Open : DossierStatus.Closed;
        ClosedOn = Status == DossierStatus.Closed ? counting.Max(p => p.RecoveredOn) : null;
    }

    /// <summary>The absences that count, oldest first.</summary>
    public IReadOnlyList<DossierPeriod> ActivePeriods() => [.. Periods.Where(p => !p.Withdrawn).OrderBy(p => p.FirstDay)];
}

/// <summary>One absence of the case: from its first day up to (not including) the first working day back.</summary>
internal sealed class DossierPeriod
{
    private DossierPeriod() { }

    public DossierPeriod(Guid absenceId, Guid dossierId)
    {
        AbsenceId = absenceId;
        DossierId = dossierId;
    }

    public Guid AbsenceId { get; private set; }
    public Guid DossierId { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public DateOnly? RecoveredOn { get; private set; }
    public bool Withdrawn { get; private set; }

    public void Update(DateOnly firstDay, DateOnly? recoveredOn, bool withdrawn)
    {
        FirstDay = firstDay;
        RecoveredOn = recoveredOn;
        Withdrawn = withdrawn;
    }
}
