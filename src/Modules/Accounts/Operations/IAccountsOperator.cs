namespace Verzuim.Accounts.Operations;

/// <summary>What the operator does from the command line: set up employers, and the demo data in Development.</summary>
public interface IAccountsOperator
{
    /// <summary>Creates an employer and its first HR user, who receives a mail to choose a password.</summary>
    Task<OperatorResult> CreateEmployerAsync(string employerName, string hrName, string hrEmail, CancellationToken cancellationToken);

    /// <summary>Ensures the demo employer, HR user and employee exist, and gives the employee a fresh invitation link.</summary>
    Task<DemoAccess> SeedDemoAsync(CancellationToken cancellationToken);
}

public sealed record OperatorResult(bool Succeeded, string Message);

/// <summary>How to try the demo: the HR login for the API, and the employee's invitation link (null once registered).</summary>
public sealed record DemoAccess(string EmployerName, string HrEmail, string HrPassword, string EmployeeEmail, Uri? InvitationLink);
