using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Paging;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;

namespace Verzuim.Absence.PayrollFeed;

/// <summary>
/// The payroll change feed: an employer's absence events in the order they became visible, paged by position.
/// Positions are given to committed events only, by one assigner at a time, each run numbering on from the employer's
/// highest position so far. An event that commits late therefore gets a higher position than everything a reader has
/// already paged past: a reader never skips an event, however writers interleave. Each employer counts from 1 on its
/// own, so a cursor tells nothing about how busy other employers are.
/// </summary>
internal sealed class EventFeed(AbsenceDbContext db)
{
    public const int DefaultPageSize = 100;

    /// <returns>The page, or null when <paramref name="after"/> lies beyond the employer's last event.</returns>
    public async Task<PageOf<AbsenceEvent>?> ReadAsync(Guid employerId, long after, int first, CancellationToken cancellationToken)
    {
        await AssignPositionsAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.EmployerId == employerId && e.EmployerPosition > after)
            .OrderBy(e => e.EmployerPosition).Take(first + 1).ToListAsync(cancellationToken);
        // Only an empty page asks whether the cursor was ever given out: a poll that finds events costs one query.
        if (rows.Count == 0 && after > 0 && !await db.Events.AnyAsync(e => e.EmployerId == employerId && e.EmployerPosition == after, cancellationToken))
        {
            return null;
        }
        // An empty page keeps the reader where it was, so polling with the last cursor is always safe.
        return PageOf.From(rows, first, after > 0, e => Cursor.ForPosition(e.EmployerPosition!.Value), endCursorWhenEmpty: Cursor.ForPosition(after));
    }

    public async Task AssignPositionsAsync(CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Position == null, cancellationToken))
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUntilCommitAsync("absence.events.position", cancellationToken);
        // One statement numbers both: on from the highest position overall, and on from the employer's own highest.
        await db.Database.ExecuteSqlRawAsync("""
            WITH overall AS (SELECT coalesce(max(position), 0) AS position FROM absence.events),
                 per_employer AS (SELECT employer_id, max(employer_position) AS position FROM absence.events
                                  WHERE employer_position IS NOT NULL GROUP BY employer_id),
                 pending AS (SELECT id, employer_id, row_number() OVER (ORDER BY id) AS n,
                                    row_number() OVER (PARTITION BY employer_id ORDER BY id) AS employer_n
                             FROM absence.events WHERE position IS NULL)
            UPDATE absence.events AS e
            SET position = overall.position + pending.n,
                employer_position = coalesce(per_employer.position, 0) + pending.employer_n
            FROM pending CROSS JOIN overall LEFT JOIN per_employer ON per_employer.employer_id = pending.employer_id
            WHERE e.id = pending.id
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
