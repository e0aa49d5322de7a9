using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Employees;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts.Invitations;

internal sealed record InviteEmployeesPayload(IReadOnlyList<InvitationRow> Invitations, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Invites one employee or up to 500 at once. All or nothing: if any employee cannot be invited, none is, and each
/// problem names its position in the list. An expired invitation is closed and replaced by the new one.
/// </summary>
internal sealed class InviteEmployees(AccountsDbContext db, InvitationMailer mailer, TimeProvider clock)
{
    public async Task<InviteEmployeesPayload> HandleAsync(Guid employerId, IReadOnlyList<string> employeeIds, string[] field, CancellationToken cancellationToken)
    {
        if (employeeIds.Count == 0 || employeeIds.Count > EmployeeLimits.MaxBatch)
        {
            return Failed(UserError.For(employeeIds.Count == 0 ? ErrorCodes.Required : ErrorCodes.TooMany,
                $"Invite between 1 and {EmployeeLimits.MaxBatch} employees at a time.", field));
        }
        var ids = employeeIds.Select(id => GlobalId.TryDecode(id, EmployeeType.TypeName, out var guid) ? guid : Guid.Empty).ToList();
        var employees = await db.Employees.Where(e => e.EmployerId == employerId && ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var registered = await db.Accounts.Where(a => a.EmployeeId != null && ids.Contains(a.EmployeeId.Value)).Select(a => a.EmployeeId!.Value).ToHashSetAsync(cancellationToken);
        var open = await db.Invitations.Where(i => ids.Contains(i.EmployeeId) && i.State == InvitationState.Open).ToDictionaryAsync(i => i.EmployeeId, cancellationToken);

        var now = clock.GetUtcNow();
        var today = DutchDates.Today(clock);
        var errors = new List<UserError>();
        for (var index = 0; index < ids.Count; index++)
        {
            string[] at = [.. field, index.ToString()];
            var id = ids[index];
            if (!employees.TryGetValue(id, out var employee))
            {
                errors.Add(UserError.For(ErrorCodes.NotFound, "No employee with this id.", at));
            }
            else if (ids.IndexOf(id) != index)
            {
                errors.Add(UserError.For(AccountsErrorCodes.Duplicate, "This employee is already earlier in the list.", at));
            }
            else if (registered.Contains(id))
            {
                errors.Add(UserError.For(AccountsErrorCodes.AlreadyRegistered, "This employee already has an account.", at));
            }
            else if (open.TryGetValue(id, out var pending) && pending.IsOpenAt(now))
            {
                errors.Add(UserError.For(AccountsErrorCodes.AlreadyInvited, "This employee has an open invitation; resend it instead.", at));
            }
            else if (employee.HasLeftBefore(today))
            {
                errors.Add(UserError.For(AccountsErrorCodes.EmploymentEnded, "This employee's employment has ended.", at));
            }
        }
        if (errors.Count > 0)
        {
            return new InviteEmployeesPayload([], errors);
        }
        return await CreateAsync(employerId, ids.Select(id => employees[id]).ToList(), open.Values, field, cancellationToken);
    }

    private async Task<InviteEmployeesPayload> CreateAsync(
        Guid employerId, List<Employee> employees, IEnumerable<Invitation> expired, string[] field, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var old in expired)
        {
            old.Supersede(now);
        }
        // Closing the expired ones first keeps the one-open-invitation index satisfied when the new ones arrive.
        await db.SaveChangesAsync(cancellationToken);
        var rows = employees.Select(employee =>
        {
            var invitation = Invitation.Send(employee, employer.Settings, now);
            db.Invitations.Add(invitation);
            mailer.SendInvitation(invitation, employee, employer.Name);
            return new InvitationRow(invitation, employee);
        }).ToList();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation("ix_invitations_one_open_per_employee"))
        {
            return Failed(UserError.For(AccountsErrorCodes.Conflict, "Another invitation for one of these employees was created at the same moment.", field));
        }
        mailer.Committed();
        return new InviteEmployeesPayload(rows, []);
    }

    private static InviteEmployeesPayload Failed(UserError error) => new([], [error]);
}

/// <summary>An invitation with its employee, as the API shows it.</summary>
internal sealed record InvitationRow(Invitation Invitation, Employee Employee);
