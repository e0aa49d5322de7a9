using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Reporting;

/// <summary>Turns a partial recovery (a percentage back at work, or hours against contract hours) into the absence percentage that remains.</summary>
internal static class PartialRecovery
{
    public const decimal MaxContractHours = 60;

    public static int? AbsencePercentage(PartialRecoveryInput partial, List<UserError> errors)
    {
        var byPercentage = partial.WorkingPercentage is not null;
        var byHours = partial.WorkingHoursPerWeek is not null || partial.ContractHoursPerWeek is not null;
        if (byPercentage == byHours)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "Give either a percentage or hours: exactly one of the two.", "input", "partial"));
            return null;
        }
        if (partial.WorkingPercentage is { } working)
        {
            if (working is >= 1 and <= 99)
            {
                return 100 - working;
            }
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "The percentage you work again lies between 1 and 99; at 100%, report full recovery instead.", "input", "partial", "workingPercentage"));
            return null;
        }
        if (partial.ContractHoursPerWeek is not { } contract || contract is <= 0 or > MaxContractHours)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, $"The contract hours per week lie between 0 and {MaxContractHours}.", "input", "partial", "contractHoursPerWeek"));
            return null;
        }
        if (partial.WorkingHoursPerWeek is not { } hours || hours <= 0 || hours >= contract)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "The hours you work again lie between 0 and your contract hours; if you work all your hours again, report full recovery instead.", "input", "partial", "workingHoursPerWeek"));
            return null;
        }
        return Math.Clamp((int)Math.Round((contract - hours) / contract * 100, MidpointRounding.AwayFromZero), 1, 99);
    }
}
