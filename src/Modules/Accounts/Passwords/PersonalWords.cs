using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Employees;
using Verzuim.Accounts.Login;

namespace Verzuim.Accounts.Passwords;

internal static class PersonalWords
{
    /// <summary>The name, e-mail and (for employees) birth date of an account's holder, which its password must not contain.</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(AccountsDbContext db, Account account, CancellationToken cancellationToken)
    {
        if (account.EmployeeId is { } employeeId)
        {
            var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
            return [.. employee.PersonalWords()];
        }
        var user = await db.EmployerUsers.AsNoTracking().SingleAsync(u => u.Id == account.EmployerUserId, cancellationToken);
        return [.. user.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), user.Email, user.EmailNormalized.Split('@')[0]];
    }
}
