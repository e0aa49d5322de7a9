
namespace Verzuim.Accounts.Contracts;

/// <summary>The type names inside the global ids of employees and employers, for modules that show or take them.</summary>
public static class AccountTypeNames
{
    public const string Employee = "Employee";
    public const string Employer = "Employer";
}

/// <summary>Who holds an account, as other modules need to address them.</summary>
public interface IAccountDirectory
{
    Task<AccountHolder?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>The account of an employee of this employer; null when the employee is not theirs or has not registered.</summary>
    Task<Guid?> AccountOfEmployeeAsync(Guid employerId, Guid employeeId, CancellationToken cancellationToken);

    /// <summary>An employee of this employer; null when there is none or they belong to another employer.</summary>
    Task<EmployeeRecord?> EmployeeAsync(Guid employerId, Guid employeeId, CancellationToken cancellationToken);

    /// <summary>An employee of this employer by the key its payroll system uses (staff number).</summary>
    Task<EmployeeRecord?> EmployeeByExternalKeyAsync(Guid employerId, string externalKey, CancellationToken cancellationToken);

    /// <summary>The addresses of the employer's active HR users, who hear of new absence reports.</summary>
    Task<IReadOnlyList<string>> HrAddressesAsync(Guid employerId, CancellationToken cancellationToken);
}

/// <param name="ExternalKey">The key the employer's payroll system knows the employee by.</param>
public sealed record EmployeeRecord(Guid EmployeeId, Guid EmployerId, string ExternalKey, string DisplayName, string? MobilePhone, DateOnly EmploymentStart, DateOnly? EmploymentEnd);

/// <param name="Email">The address as recorded, for notices.</param>
/// <param name="MobilePhone">The employee's number on record, in E.164, if any: the default for SMS.</param>
public sealed record AccountHolder(Guid AccountId, Guid EmployerId, string Email, string DisplayName, string? MobilePhone);
