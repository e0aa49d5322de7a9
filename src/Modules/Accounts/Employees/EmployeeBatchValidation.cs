using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Employees;

/// <summary>Checks a payroll batch before anything is read or written; each problem names the employee's position and field.</summary>
internal sealed class EmployeeBatchValidation(DateOnly today)
{
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);
    private readonly List<UserError> errors = [];

    public IReadOnlyList<UserError> Errors => errors;

    public IReadOnlyList<EmployeeDetails> Validate(IReadOnlyList<EmployeeInput> batch)
    {
        if (batch.Count is 0 or > EmployeeLimits.MaxBatch)
        {
            errors.Add(UserError.For(batch.Count == 0 ? ErrorCodes.Required : ErrorCodes.TooMany,
                $"Send between 1 and {EmployeeLimits.MaxBatch} employees at a time.", "input", "employees"));
            return [];
        }
        var details = batch.Select((employee, index) => Validate(employee, index.ToString())).ToList();
        ReportDuplicates(batch.Select(e => e.ExternalKey.Trim()).ToList(), "externalKey");
        ReportDuplicates(batch.Select(e => EmailAddress.Normalize(e.Email)).ToList(), "email");
        return details;
    }

    private EmployeeDetails Validate(EmployeeInput input, string index)
    {
        string[] At(string field) => ["input", "employees", index, field];
        var rules = new InputRules()
            .Text(input.ExternalKey, EmployeeLimits.ExternalKey, At("externalKey"))
            .Text(input.FirstName, EmployeeLimits.Name, At("firstName"))
            .OptionalText(input.LastNamePrefix, EmployeeLimits.LastNamePrefix, At("lastNamePrefix"))
            .Text(input.LastName, EmployeeLimits.Name, At("lastName"))
            .Email(input.Email, At("email"))
            .Check(input.DateOfBirth >= EarliestBirthDate && input.DateOfBirth <= today, ErrorCodes.InvalidValue,
                "A date of birth lies between 1900 and today.", At("dateOfBirth"))
            .Check(input.EmploymentStart > input.DateOfBirth, AccountsErrorCodes.InvalidDateRange,
                "Employment starts after the date of birth.", At("employmentStart"))
            .Check(input.EmploymentEnd is null || input.EmploymentEnd >= input.EmploymentStart, AccountsErrorCodes.InvalidDateRange,
                "Employment ends on or after its start.", At("employmentEnd"));
        var phone = string.IsNullOrWhiteSpace(input.MobilePhone) ? null : PhoneNumbers.ToE164(input.MobilePhone);
        rules.Check(string.IsNullOrWhiteSpace(input.MobilePhone) || phone is not null, AccountsErrorCodes.InvalidPhoneNumber,
            "This is not a valid mobile number.", At("mobilePhone"));
        errors.AddRange(rules.Errors);
        return new EmployeeDetails(input.ExternalKey.Trim(), input.FirstName.Trim(), NullIfBlank(input.LastNamePrefix), input.LastName.Trim(),
            input.Email.Trim(), input.DateOfBirth, phone, input.EmploymentStart, input.EmploymentEnd);
    }

    private void ReportDuplicates(List<string> values, string field)
    {
        for (var index = 0; index < values.Count; index++)
        {
            if (values[index].Length > 0 && values.IndexOf(values[index]) < index)
            {
                errors.Add(UserError.For(AccountsErrorCodes.Duplicate, $"The same {field} appears earlier in this batch.",
                    "input", "employees", index.ToString(), field));
            }
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
