using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Management;

internal sealed record EmployeeSecondFactors(IReadOnlyList<Factor> Factors, int RecoveryCodesLeft);
