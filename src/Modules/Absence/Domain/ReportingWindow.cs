namespace Verzuim.Absence.Domain;

/// <summary>How far back and forward a date may lie from today when someone reports (meldingscoulance).</summary>
internal sealed record ReportingWindow(int DaysBack, int DaysForward)
{
    public const int MaxDays = 365;

    public DateOnly Earliest(DateOnly today) => today.AddDays(-DaysBack);

    public DateOnly Latest(DateOnly today) => today.AddDays(DaysForward);

    public bool Admits(DateOnly day, DateOnly today) => day >= Earliest(today) && day <= Latest(today);
}
