using Verzuim.Absence.Timeline;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Absence.Domain;

internal enum AbsenceStatus
{
    Open,
    Closed,
    Withdrawn,
}

/// <summary>
/// One absence of one employee, from the first day of absence to the first working day back. Every change raises the
/// version (the concurrency token) and adds a history line with that number. Linked absences share a case: the first
/// absence of the chain, whose first day the Poortwachter weeks count from.
/// </summary>
internal sealed class EmployeeAbsence : IPageable
{
    private EmployeeAbsence() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public string EmployeeKey { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public Guid? LinkedToId { get; private set; }

    /// <summary>The first day of the case: this absence's own, or that of the first absence it continues.</summary>
    public DateOnly CaseFirstDay { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public decimal HoursWorkedOnFirstDay { get; private set; }
    public int Percentage { get; private set; }
    public DateOnly? RecoveredOn { get; private set; }
    public RecoveryReason? Reason { get; private set; }
    public AbsenceStatus Status { get; private set; }
    public SickReport SickReport { get; private set; } = null!;
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<HistoryLine> History { get; private set; } = [];

    public bool IsOpen => Status == AbsenceStatus.Open;

    public SickPeriod Period => new(FirstDay, RecoveredOn);

    public static EmployeeAbsence Report(NewAbsence report, EmployeeAbsence? linkedTo, Reporter reporter, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var absence = new EmployeeAbsence
        {
            Id = id,
            EmployerId = report.EmployerId,
            EmployeeId = report.EmployeeId,
            EmployeeKey = report.EmployeeKey,
            CaseId = linkedTo?.CaseId ?? id,
            LinkedToId = linkedTo?.Id,
            CaseFirstDay = linkedTo?.CaseFirstDay ?? report.FirstDay,
            FirstDay = report.FirstDay,
            HoursWorkedOnFirstDay = report.HoursWorkedOnFirstDay,
            Percentage = report.Percentage,
            Status = AbsenceStatus.Open,
            SickReport = report.Details,
            CreatedAt = now,
        };
        absence.Record(HistoryKind.Reported, report.FirstDay, reporter, now);
        return absence;
    }

    public void ChangePercentage(int percentage, DateOnly from, Reporter reporter, DateTimeOffset now)
    {
        Percentage = percentage;
        Record(HistoryKind.PercentageChanged, from, reporter, now);
    }

    public void Recover(DateOnly recoveredOn, RecoveryReason reason, Reporter reporter, DateTimeOffset now)
    {
        RecoveredOn = recoveredOn;
        Reason = reason;
        Percentage = 0;
        Status = AbsenceStatus.Closed;
        Record(HistoryKind.Recovered, recoveredOn, reporter, now);
    }

    public void Correct(DateOnly firstDay, DateOnly? recoveredOn, Reporter reporter, DateTimeOffset now)
    {
        FirstDay = firstDay;
        CaseFirstDay = CaseId == Id ? firstDay : CaseFirstDay;
        if (RecoveredOn is not null && recoveredOn is { } back)
        {
            RecoveredOn = back;
        }
        Record(HistoryKind.Corrected, firstDay, reporter, now);
    }

    public void Withdraw(Reporter reporter, DateTimeOffset now)
    {
        Status = AbsenceStatus.Withdrawn;
        Percentage = 0;
        Record(HistoryKind.Withdrawn, FirstDay, reporter, now);
    }

    /// <summary>The date from which the latest recorded change applies; later changes may not lie before it.</summary>
    public DateOnly LatestEffectiveDay => History.Count == 0 ? FirstDay : History.Max(line => line.EffectiveOn);

    private void Record(HistoryKind kind, DateOnly effectiveOn, Reporter reporter, DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
        History.Add(HistoryLine.Record(this, kind, effectiveOn, reporter, now));
    }
}

/// <summary>A validated sick report, ready to become an absence.</summary>
internal sealed record NewAbsence(
    Guid EmployerId, Guid EmployeeId, string EmployeeKey, DateOnly FirstDay, decimal HoursWorkedOnFirstDay, int Percentage, SickReport Details);
