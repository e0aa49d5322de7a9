using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employees;
using Verzuim.Accounts.EmployerUsers;
using Verzuim.Accounts.Invitations;
using Verzuim.Accounts.Passwords;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Operations;

internal sealed class AccountsOperator(
    AccountsDbContext db, CreateEmployerUser createUser, UpsertEmployees upsert, InvitationMailer mailer, PasswordHasher hasher, TimeProvider clock)
    : IAccountsOperator
{
    public async Task<OperatorResult> CreateEmployerAsync(string employerName, string hrName, string hrEmail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(employerName) || employerName.Length > Employer.MaxNameLength)
        {
            return new OperatorResult(false, $"The employer's name is required, at most {Employer.MaxNameLength} characters.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var employer = Employer.Create(employerName, clock.GetUtcNow());
        db.Employers.Add(employer);
        await db.SaveChangesAsync(cancellationToken);
        var created = await createUser.CreateAsync(employer.Id,
            new CreateEmployerUserInput { Name = hrName, Email = hrEmail, Role = EmployerRole.Hr }, null, cancellationToken);
        if (created.Errors.Count > 0)
        {
            return new OperatorResult(false, string.Join("; ", created.Errors.Select(e => $"{string.Join('.', e.Field ?? [])}: {e.Message}")));
        }
        await transaction.CommitAsync(cancellationToken);
        mailer.Committed();
        return new OperatorResult(true, $"Created employer {employer.Id:N}; {hrEmail.Trim()} received a mail to choose a password.");
    }

    public async Task<DemoAccess> SeedDemoAsync(CancellationToken cancellationToken)
    {
        const string employerName = "Demo BV", hrEmail = "hr@demo-bv.example", hrPassword = "Kastanjeboom-Fietsbel-47";
        var now = clock.GetUtcNow();
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Name == employerName, cancellationToken);
        if (employer is null)
        {
            employer = Employer.Create(employerName, now);
            db.Employers.Add(employer);
            var hr = EmployerUser.Create(employer.Id, "Henk de Haan", hrEmail, EmployerRole.Hr, now);
            var account = Account.ForEmployerUser(employer.Id, hr.Id, hr.EmailNormalized, now);
            account.SetPassword(hasher.Hash(hrPassword), now);
            db.EmployerUsers.Add(hr);
            db.Accounts.Add(account);
            await db.SaveChangesAsync(cancellationToken);
        }
        var demoEmployee = new EmployeeInput
        {
            ExternalKey = "1001", FirstName = "Sanne", LastNamePrefix = "de", LastName = "Vries", Email = "sanne.devries@demo-bv.example",
            DateOfBirth = new DateOnly(1990, 3, 14), MobilePhone = "06-12345678", EmploymentStart = new DateOnly(2021, 9, 1),
        };
        var saved = await upsert.HandleAsync(employer.Id, [demoEmployee], cancellationToken);
        var link = await InviteAgainAsync(employer, saved.Employees[0], cancellationToken);
        return new DemoAccess(employerName, hrEmail, hrPassword, demoEmployee.Email, link);
    }

    /// <summary>Only a hash of each link is stored, so the demo shows a new one on every start (the old one stops working).</summary>
    private async Task<Uri?> InviteAgainAsync(Employer employer, Employee employee, CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(a => a.EmployeeId == employee.Id, cancellationToken))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.EmployeeId == employee.Id && i.State == InvitationState.Open, cancellationToken);
        if (invitation is null)
        {
            invitation = Invitation.Send(employee, employer.Settings, now);
            db.Invitations.Add(invitation);
        }
        else
        {
            invitation.Resend(employer.Settings, now);
        }
        var link = mailer.SendInvitation(invitation, employee, employer.Name);
        await db.SaveChangesAsync(cancellationToken);
        mailer.Committed();
        return link;
    }
}
