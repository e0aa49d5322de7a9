namespace Verzuim.Accounts.Contracts;

/// <summary>The type name inside an employee's global id (`Employee:…`), for modules that take employee ids.</summary>
public static class AccountTypeNames
{
    public const string Employee = "Employee";
}

/// <summary>Who holds an account, as other modules need to address them.</summary>
public interface IAccountDirectory
{
    Task<AccountHolder?> FindAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>The account of an employee of this employer; null when the employee is not theirs or has not registered.</summary>
    Task<Guid?> AccountOfEmployeeAsync(Guid employerId, Guid employeeId, CancellationToken cancellationToken);
}

/// <param name="Email">The address as recorded, for notices.</param>
/// <param name="MobilePhone">The employee's number on record, in E.164, if any: the default for SMS.</param>
public sealed record AccountHolder(Guid AccountId, Guid EmployerId, string Email, string DisplayName, string? MobilePhone);
