namespace Verzuim.Absence.Contracts;

public enum AbsenceChangeKind
{
    Reported,
    PercentageChanged,
    Recovered,
    Corrected,
    Withdrawn,
    Linked,
}

/// <summary>
/// An integration event: one change to an absence, as the Absence module committed it. Carries dates and ids only,
/// never the report's free text. <see cref="Position"/> orders all events; a reader that remembers the last position it
/// handled never misses one.
/// </summary>
/// <param name="CaseId">The case the absence belongs to: linked absences (samengesteld verzuim) share one.</param>
/// <param name="CaseFirstDay">The first day of the case, from which the Poortwachter weeks count.</param>
/// <param name="RecoveredOn">The first working day back, once the absence is closed.</param>
public sealed record AbsenceChanged(
    long Position,
    AbsenceChangeKind Kind,
    Guid EmployerId,
    Guid EmployeeId,
    Guid AbsenceId,
    Guid CaseId,
    DateOnly CaseFirstDay,
    DateOnly FirstDay,
    DateOnly? RecoveredOn,
    DateTimeOffset OccurredAt);

/// <summary>The Absence module's committed changes, in order, for modules that keep their own view of absences.</summary>
public interface IAbsenceChanges
{
    /// <summary>At most <paramref name="max"/> changes after <paramref name="afterPosition"/>, oldest first.</summary>
    Task<IReadOnlyList<AbsenceChanged>> ReadAsync(long afterPosition, int max, CancellationToken cancellationToken);
}

/// <summary>
/// A module that keeps its own view of absences: told when new changes can be read, so it catches up at once instead
/// of at its next look. Being told is a hint only; the changes themselves are read through <see cref="IAbsenceChanges"/>.
/// </summary>
public interface IAbsenceChangeFollower
{
    void ChangesArrived();
}

/// <summary>The type name inside an absence's global id (`Absence:…`), for modules that show absence ids.</summary>
public static class AbsenceTypeNames
{
    public const string Absence = "Absence";
}
