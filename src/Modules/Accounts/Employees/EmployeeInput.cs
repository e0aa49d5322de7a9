
namespace Verzuim.Accounts.Employees;

internal sealed class EmployeeInput
{
    public string ExternalKey { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string? LastNamePrefix { get; init; }
    public string LastName { get; init; } = "";
    public string Email { get; init; } = "";
    public DateOnly DateOfBirth { get; init; }
    public string? MobilePhone { get; init; }
    public DateOnly EmploymentStart { get; init; }
    public DateOnly? EmploymentEnd { get; init; }
}
