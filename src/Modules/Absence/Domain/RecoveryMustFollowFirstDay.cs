using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Domain;

/// <summary>
/// The recovery date is the first working day back, so it lies after the first day of absence; and no change may take
/// effect before a change already recorded, or the history would stop being one line.
/// </summary>
internal static class RecoveryMustFollowFirstDay
{
    public static UserError? Check(EmployeeAbsence absence, DateOnly recoveredOn, params string[] field) =>
        recoveredOn <= absence.FirstDay
            ? UserError.For(AbsenceErrorCodes.RecoveryNotAfterFirstDay,
                $"The first working day after recovery must come after the first day of absence ({IsoDates.Format(absence.FirstDay)}).", field)
            : ChangeCannotPrecedeLatestChange.Check(absence, recoveredOn, field);
}

internal static class ChangeCannotPrecedeLatestChange
{
    public static UserError? Check(EmployeeAbsence absence, DateOnly effectiveOn, params string[] field) =>
        effectiveOn < absence.LatestEffectiveDay
            ? UserError.For(AbsenceErrorCodes.BeforeLatestChange,
                $"There is already a change from {IsoDates.Format(absence.LatestEffectiveDay)}; choose that date or later.", field)
            : null;
}
