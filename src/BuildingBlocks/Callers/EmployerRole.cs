namespace Verzuim.BuildingBlocks.Callers;

public enum EmployerRole
{
    /// <summary>Invites employees and follows their cases; also manages users, API clients and settings.</summary>
    Hr,

    /// <summary>Invites employees and follows their absence and reintegration; manages no users or settings.</summary>
    CaseManager,
}
