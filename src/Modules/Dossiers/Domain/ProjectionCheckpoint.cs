namespace Verzuim.Dossiers.Domain;

/// <summary>How far the dossiers have taken in the Absence module's changes.</summary>
internal sealed class ProjectionCheckpoint
{
    public const string AbsenceChanges = "absence-changes";

    public string Name { get; set; } = "";
    public long Position { get; set; }
}
