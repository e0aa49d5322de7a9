namespace Verzuim.BuildingBlocks.Callers;

/// <summary>What an API client may do. Payroll clients never get a scope that reaches dossier content.</summary>
public enum ApiScope
{
    EmployeesRead,
    EmployeesWrite,
    InvitationsWrite,

    /// <summary>Read absences and the absence change feed (never dossier content).</summary>
    AbsencesRead,

    /// <summary>Report sick and recovered on behalf of employees.</summary>
    AbsencesWrite,
}
