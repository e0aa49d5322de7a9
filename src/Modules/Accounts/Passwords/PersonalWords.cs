using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Passwords;

/// <summary>What an account's holder (an employee or an employer user) looks like to the password rules and the mails.</summary>
internal sealed record AccountHolder(string Email, IReadOnlyList<string> PersonalWords)
{
    public static async Task<AccountHolder> OfAsync(AccountsDbContext db, Account account, CancellationToken cancellationToken)
    {
        var employer = await EmployerWords.OfAsync(db, account.EmployerId, cancellationToken);
        if (account.EmployeeId is { } employeeId)
        {
            var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == employeeId, cancellationToken);
            return new AccountHolder(employee.Email, [.. employee.PersonalWords(), .. employer]);
        }
        var user = await db.EmployerUsers.AsNoTracking().SingleAsync(u => u.Id == account.EmployerUserId, cancellationToken);
        return new AccountHolder(user.Email, [.. user.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), user.Email, user.EmailNormalized.Split('@')[0], .. employer]);
    }
}

/// <summary>
/// The employer's name counts as a context word (SECURITY, "Passwords and login"): "Demo BV 2025!" is the first guess
/// for an employee of Demo BV. The whole name and each of its words; the password rules ignore words under three letters.
/// </summary>
internal static class EmployerWords
{
    public static async Task<IReadOnlyList<string>> OfAsync(AccountsDbContext db, Guid employerId, CancellationToken cancellationToken)
    {
        var name = await db.Employers.Where(e => e.Id == employerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
        return name is null ? [] : [name, .. name.Split([' ', '.', ',', '-', '&'], StringSplitOptions.RemoveEmptyEntries)];
    }
}
