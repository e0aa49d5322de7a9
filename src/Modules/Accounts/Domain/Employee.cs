using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Domain;

/// <summary>An employee as the payroll system knows them, identified within the employer by the external key (staff number).</summary>
internal sealed class Employee : IPageable
{
    /// <summary>The type named in its public (global) id.</summary>
    public const string TypeName = AccountTypeNames.Employee;

    private Employee() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public string ExternalKey { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string? LastNamePrefix { get; private set; }
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string EmailNormalized { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    public string? MobilePhone { get; private set; }
    public DateOnly EmploymentStart { get; private set; }
    public DateOnly? EmploymentEnd { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>"Sanne de Vries": the Dutch way, with the tussenvoegsel between first and last name.</summary>
    public string DisplayName => string.Join(' ', new[] { FirstName, LastNamePrefix, LastName }.Where(part => !string.IsNullOrEmpty(part)));

    public bool HasLeftBefore(DateOnly day) => EmploymentEnd is { } end && end < day;

    public static Employee Create(Guid employerId, EmployeeDetails details, DateTimeOffset now)
    {
        var employee = new Employee { Id = Guid.CreateVersion7(now), EmployerId = employerId, ExternalKey = details.ExternalKey, CreatedAt = now };
        employee.Update(details, now);
        return employee;
    }

    public void Update(EmployeeDetails details, DateTimeOffset now)
    {
        FirstName = details.FirstName;
        LastNamePrefix = details.LastNamePrefix;
        LastName = details.LastName;
        Email = details.Email;
        EmailNormalized = EmailAddress.Normalize(details.Email);
        DateOfBirth = details.DateOfBirth;
        MobilePhone = details.MobilePhone;
        EmploymentStart = details.EmploymentStart;
        EmploymentEnd = details.EmploymentEnd;
        UpdatedAt = now;
    }

    /// <summary>What the password must not contain (DOMAIN §2): the employee's own name, e-mail and birth date.</summary>
    public IEnumerable<string> PersonalWords() =>
        [FirstName, LastName, Email, EmailNormalized.Split('@')[0], ..BirthDateSpellings(DateOfBirth)];

    public static IEnumerable<string> BirthDateSpellings(DateOnly date) =>
        [date.ToString("ddMMyyyy"), date.ToString("yyyyMMdd"), date.ToString("dd-MM-yyyy"), date.ToString("ddMMyy"), date.ToString("yyyy-MM-dd")];
}

/// <summary>The validated, trimmed fields of one employee as payroll sends them.</summary>
internal sealed record EmployeeDetails(
    string ExternalKey, string FirstName, string? LastNamePrefix, string LastName, string Email,
    DateOnly DateOfBirth, string? MobilePhone, DateOnly EmploymentStart, DateOnly? EmploymentEnd);
