using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Absence.PayrollFeed;

/// <summary>
/// The payroll change feed: an employer's absence events in the order they became visible, paged by position.
/// Reading only reads: <see cref="FeedPositions"/> numbers committed events in the background, so an event appears here
/// moments after its commit, and a reader that pages by position never skips one. Each employer counts from 1 on its
/// own, so a cursor tells nothing about how busy other employers are.
/// </summary>
internal sealed class EventFeed(AbsenceDbContext db)
{
    public const int DefaultPageSize = 100;

    /// <returns>The page, or null when <paramref name="after"/> lies beyond the employer's last event.</returns>
    public async Task<PageOf<AbsenceEvent>?> ReadAsync(Guid employerId, long after, int first, CancellationToken cancellationToken)
    {
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
}
