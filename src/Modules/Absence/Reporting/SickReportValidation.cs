using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Reporting;

/// <summary>Checks the parts of a sick report that need no database, naming each problem by its field.</summary>
internal static class SickReportValidation
{
    public static (SickReport? Report, List<UserError> Errors) Validate(ReportSickInput input, bool byEmployee)
    {
        var errors = new List<UserError>();
        if (input.HoursWorkedOnFirstDay is < 0 or > 24 || decimal.Remainder(input.HoursWorkedOnFirstDay * 4, 1) != 0)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, "Enter a number of hours from 0 to 24, in quarter hours.", "input", "hoursWorkedOnFirstDay"));
        }
        if (input.Percentage is { } percentage && (byEmployee ? percentage != 100 : percentage is < 1 or > 100))
        {
            errors.Add(byEmployee
                ? UserError.For(ErrorCodes.Forbidden, "Employees report sick for 100%; your employer reports any other percentage.", "input", "percentage")
                : UserError.For(ErrorCodes.InvalidValue, "The percentage lies between 1 and 100.", "input", "percentage"));
        }
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ContactPhone))
        {
            phone = PhoneNumbers.ToE164(input.ContactPhone);
            if (phone is null)
            {
                errors.Add(UserError.For(AbsenceErrorCodes.InvalidPhoneNumber, "Enter a valid phone number, such as 06 12345678.", "input", "contactPhone"));
            }
        }
        var handover = string.IsNullOrWhiteSpace(input.Handover) ? null : input.Handover.Trim();
        if (handover is { Length: > SickReport.MaxHandoverLength })
        {
            errors.Add(UserError.For(ErrorCodes.TooLong, $"Use at most {SickReport.MaxHandoverLength} characters.", "input", "handover"));
        }
        var address = Address(input.StayAddress, errors);
        return errors.Count > 0 ? (null, errors)
            : (new SickReport(phone, address, input.ExpectedDuration, handover, input.SafetyNet, input.WorkplaceAccident, input.TrafficAccidentWithLiableThirdParty), errors);
    }

    private static StayAddress? Address(StayAddressInput? input, List<UserError> errors)
    {
        if (input is null)
        {
            return null;
        }
        (string Name, string? Value, bool Required)[] parts =
            [("street", input.Street, true), ("postalCode", input.PostalCode, true), ("city", input.City, true), ("institution", input.Institution, false)];
        foreach (var (name, value, required) in parts)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                errors.Add(UserError.For(ErrorCodes.Required, "Fill in this part of the address.", "input", "stayAddress", name));
            }
            else if (value?.Trim().Length > StayAddress.MaxPartLength)
            {
                errors.Add(UserError.For(ErrorCodes.TooLong, $"Use at most {StayAddress.MaxPartLength} characters.", "input", "stayAddress", name));
            }
        }
        return new StayAddress(input.Street.Trim(), input.PostalCode.Trim().ToUpperInvariant(), input.City.Trim(),
            string.IsNullOrWhiteSpace(input.Institution) ? null : input.Institution.Trim());
    }
}
