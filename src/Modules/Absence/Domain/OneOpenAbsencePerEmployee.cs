
namespace Verzuim.Absence.Domain;

/// <summary>
/// An employee has at most one open absence. The database holds this with a partial unique index, so two reports at
/// the same moment cannot both open one; the loser hears that the employee is already reported sick.
/// </summary>
internal static class OneOpenAbsencePerEmployee
{
    public const string IndexName = "ix_absences_one_open_per_employee";
    public const string IndexFilter = "status = 'Open'";
}
