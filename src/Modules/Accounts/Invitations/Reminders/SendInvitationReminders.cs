using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Invitations.Reminders;

/// <summary>
/// Sends the reminders that have come due (DOMAIN §1: by default 3 and 7 days after the invitation, never after
/// registration, expiry or revocation). Each batch claims its invitations with FOR UPDATE SKIP LOCKED and commits the
/// reminder record, the new link and the outgoing mail together: a second Host process skips what this one holds,
/// and a crash before the commit leaves nothing behind, so the next run sends that reminder once.
/// </summary>
internal sealed class SendInvitationReminders(AccountsDbContext db, InvitationMailer mailer, TimeProvider clock)
{
    private const int BatchSize = 50;
    private const int MaxBatchesPerRun = 200;

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var (claimed, reminded) = await RunBatchAsync(cancellationToken);
            sent += reminded;
            db.ChangeTracker.Clear();
            if (claimed < BatchSize)
            {
                break;
            }
        }
        return sent;
    }

    private async Task<(int Claimed, int Reminded)> RunBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Invitations.FromSql($"""
            SELECT i.* FROM accounts.invitations i JOIN accounts.employers e ON e.id = i.employer_id
            WHERE i.state = 'Open' AND i.expires_at > {now}
              AND i.next_reminder_slot < cardinality(e.reminder_days)
              AND i.last_sent_at + make_interval(days => e.reminder_days[i.next_reminder_slot + 1]) <= {now}
            ORDER BY i.last_sent_at
            LIMIT {BatchSize}
            FOR UPDATE OF i SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (0, 0);
        }
        var employeeIds = due.Select(i => i.EmployeeId).ToList();
        var employerIds = due.Select(i => i.EmployerId).Distinct().ToList();
        var employees = await db.Employees.Where(e => employeeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var employers = await db.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var reminded = 0;
        foreach (var invitation in due)
        {
            var employer = employers[invitation.EmployerId];
            if (invitation.DueReminderSlot(employer.ReminderDays, now) is not { } slot)
            {
                continue;
            }
            invitation.RecordReminder(slot);
            db.InvitationReminders.Add(InvitationReminder.For(invitation, slot, now));
            mailer.SendReminder(invitation, employees[invitation.EmployeeId], employer.Name);
            reminded++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mailer.Committed();
        return (due.Count, reminded);
    }
}
