namespace Verzuim.Absence.Domain;

/// <summary>
/// Why an absence ended (DOMAIN §6). Employees only ever report <see cref="Recovered"/>; employer users also the others.
/// Corrections and withdrawals are changes of their own, not reasons.
/// </summary>
internal enum RecoveryReason
{
    Recovered,
    EndOfEmployment,
    PregnancyLeave,
    EnteringWia,
    Death,
}
