namespace Verzuim.BuildingBlocks.Callers;

/// <summary>What an API client may do. Payroll clients never get a scope that reaches dossier content.</summary>
public enum ApiScope
{
    EmployeesRead,
    EmployeesWrite,
    InvitationsWrite,
}
