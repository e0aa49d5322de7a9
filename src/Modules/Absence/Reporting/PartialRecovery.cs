using Verzuim.BuildingBlocks.GraphQL;

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
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "Geef een percentage óf uren op, niet allebei en niet geen van beide.", "input", "partial"));
            return null;
        }
        if (partial.WorkingPercentage is { } working)
        {
            if (working is >= 1 and <= 99)
            {
                return 100 - working;
            }
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "Het percentage dat je weer werkt ligt tussen 1 en 99; bij 100% meld je volledig herstel.", "input", "partial", "workingPercentage"));
            return null;
        }
        if (partial.ContractHoursPerWeek is not { } contract || contract is <= 0 or > MaxContractHours)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, $"De contracturen per week liggen tussen 0 en {MaxContractHours}.", "input", "partial", "contractHoursPerWeek"));
            return null;
        }
        if (partial.WorkingHoursPerWeek is not { } hours || hours <= 0 || hours >= contract)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "De uren die je weer werkt liggen tussen 0 en je contracturen; bij al je uren meld je volledig herstel.", "input", "partial", "workingHoursPerWeek"));
            return null;
        }
        return Math.Clamp((int)Math.Round((contract - hours) / contract * 100, MidpointRounding.AwayFromZero), 1, 99);
    }
}
