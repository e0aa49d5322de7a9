using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Domain;

/// <summary>
/// Employees always report sick for 100% and recover fully, unless their employer lets them report partial recovery;
/// partial percentages otherwise come from employer users (the company doctor judges fitness for work).
/// </summary>
internal static class PartialRecoveryOnlyWhereAllowed
{
    public static UserError? Check(bool byEmployee, AbsenceSettings settings, params string[] field) =>
        byEmployee && !settings.EmployeesMayReportPartialRecovery
            ? UserError.For(AbsenceErrorCodes.PartialRecoveryNotAllowed, "Your employer reports partial recovery for you; you cannot report it yourself.", field)
            : null;
}
