namespace Verzuim.Absence.Domain;

internal enum HistoryKind
{
    Reported,
    PercentageChanged,
    Recovered,
    Corrected,
    Withdrawn,
}

internal enum ReporterRole
{
    Employee,
    EmployerUser,
    ApiClient,
}

/// <summary>
/// One change to an absence. Lines are numbered per absence and the pair is unique, so two writers can never both
/// add line n: the history stays one straight line.
/// </summary>
internal sealed class HistoryLine
{
    private HistoryLine() { }

    public Guid Id { get; private set; }
    public Guid AbsenceId { get; private set; }
    public int Number { get; private set; }
    public HistoryKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public int Percentage { get; private set; }
    public RecoveryReason? Reason { get; private set; }
    public ReporterRole By { get; private set; }
    public Guid ById { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static HistoryLine Record(EmployeeAbsence absence, HistoryKind kind, DateOnly effectiveOn, Reporter reporter, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AbsenceId = absence.Id,
        Number = absence.Version,
        Kind = kind,
        EffectiveOn = effectiveOn,
        Percentage = absence.Percentage,
        Reason = absence.Reason,
        By = reporter.Role,
        ById = reporter.Id,
        At = now,
    };
}

/// <summary>Who made a change: the employee, an employer user or an API client, by id.</summary>
internal sealed record Reporter(ReporterRole Role, Guid Id);
