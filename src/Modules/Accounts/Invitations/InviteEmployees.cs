using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dates;

namespace Verzuim.Accounts.Invitations;

internal sealed record InviteEmployeesPayload(IReadOnlyList<InvitationRow> Invitations, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Invites one employee or up to 500 at once. All or nothing: if any employee cannot be invited, none is, and each
/// problem names its position in the list. An expired invitation is closed and replaced by the new one. Sent again
/// with the same idempotency key, it answers the invitations of the first request and mails nobody twice.
/// </summary>
internal sealed class InviteEmployees(AccountsDbContext db, InvitationMailer mailer, IdempotentRequests<AccountsDbContext> idempotency, TimeProvider clock)
{
    private const string Operation = "inviteEmployees";

    public async Task<InviteEmployeesPayload> HandleAsync(
        Caller caller, IReadOnlyList<string> employeeIds, string? idempotencyKey, string[] field, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(idempotencyKey) is { } keyError)
        {
            return Failed(keyError);
        }
        if (employeeIds.Count == 0 || employeeIds.Count > EmployeeLimits.MaxBatch)
        {
            return Failed(UserError.For(employeeIds.Count == 0 ? ErrorCodes.Required : ErrorCodes.TooMany,
                $"Invite between 1 and {EmployeeLimits.MaxBatch} employees at a time.", field));
        }
        var employerId = caller.EmployerId!.Value;
        var fingerprint = IdempotencyKey.Fingerprint(Operation, employeeIds);
        await using var transaction = await idempotency.BeginOneAtATimeAsync(caller, cancellationToken);
        var replay = await idempotency.FindAsync(caller, idempotencyKey, Operation, fingerprint, cancellationToken);
        if (replay.Error is { } reused)
        {
            return Failed(reused);
        }
        if (replay.ResultIds is { } invitationIds)
        {
            return new InviteEmployeesPayload(await RowsAsync(invitationIds, cancellationToken), []);
        }
        var ids = employeeIds.Select(id => GlobalId.TryDecode(id, Employee.TypeName, out var guid) ? guid : Guid.Empty).ToList();
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
        var created = await CreateAsync(employerId, ids.Select(id => employees[id]).ToList(), open.Values, cancellationToken);
        idempotency.Remember(caller, idempotencyKey, Operation, fingerprint, [.. created.Select(row => row.Invitation.Id)]);
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
        return new InviteEmployeesPayload(created, []);
    }

    private async Task<List<InvitationRow>> CreateAsync(Guid employerId, List<Employee> employees, IEnumerable<Invitation> expired, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId, cancellationToken);
        foreach (var old in expired)
        {
            old.Supersede(now);
        }
        // Closing the expired ones first keeps the one-open-invitation index satisfied when the new ones arrive.
        await db.SaveChangesAsync(cancellationToken);
        return [.. employees.Select(employee =>
        {
            var invitation = Invitation.Send(employee, employer.Settings, now);
            db.Invitations.Add(invitation);
            mailer.SendInvitation(invitation, employee, employer.Name);
            return new InvitationRow(invitation, employee);
        })];
    }

    private async Task<List<InvitationRow>> RowsAsync(IReadOnlyList<Guid> invitationIds, CancellationToken cancellationToken)
    {
        var rows = await db.Invitations.AsNoTracking().Where(i => invitationIds.Contains(i.Id))
            .Join(db.Employees.AsNoTracking(), i => i.EmployeeId, e => e.Id, (invitation, employee) => new InvitationRow(invitation, employee))
            .ToListAsync(cancellationToken);
        var order = invitationIds.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        return [.. rows.OrderBy(row => order[row.Invitation.Id])];
    }

    private static InviteEmployeesPayload Failed(UserError error) => new([], [error]);
}

/// <summary>An invitation with its employee, as the API shows it.</summary>
internal sealed record InvitationRow(Invitation Invitation, Employee Employee);
