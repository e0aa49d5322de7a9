using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Login;

namespace Verzuim.Accounts.Passwords;

/// <summary>What an account's holder (an employee or an employer user) looks like to the password rules and the mails.</summary>
internal sealed record AccountHolder(string Email, IReadOnlyList<string> PersonalWords)
{
    public static async Task<AccountHolder> OfAsync(AccountsDbContext db, Account account, CancellationToken cancellationToken)
    {
        if (account.EmployeeId is { } employeeId)
        {
            var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
            return new AccountHolder(employee.Email, [.. employee.PersonalWords()]);
        }
        var user = await db.EmployerUsers.AsNoTracking().SingleAsync(u => u.Id == account.EmployerUserId, cancellationToken);
        return new AccountHolder(user.Email, [.. user.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), user.Email, user.EmailNormalized.Split('@')[0]]);
    }
}
