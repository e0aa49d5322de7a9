namespace Verzuim.BuildingBlocks.Callers;

public enum EmployerRole
{
    /// <summary>Manages the employer's portal: invitations, users, API clients and settings.</summary>
    Hr,

    /// <summary>Follows employees' absence and reintegration; manages no users or settings.</summary>
    CaseManager,
}
