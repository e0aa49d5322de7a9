using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Policies;

namespace Verzuim.SecondFactor.Management;

internal sealed record EmployeeSecondFactors(IReadOnlyList<Factor> Factors, int RecoveryCodesLeft);
