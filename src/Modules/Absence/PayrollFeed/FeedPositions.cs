using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Data;
using Verzuim.BuildingBlocks.Background;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Absence.PayrollFeed;

/// <summary>
/// Numbers committed events for the payroll feed and the modules that follow absence changes. Positions are given by
/// one assigner at a time, each run numbering on from the highest position so far, so an event that commits late gets
/// a higher position than everything a reader has already paged past: a reader never skips an event, however writers
/// interleave.
/// </summary>
internal sealed class FeedPositions(AbsenceDbContext db)
{
    /// <returns>How many events were given a position.</returns>
    public async Task<int> AssignAsync(CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Position == null, cancellationToken))
        {
            return 0;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUntilCommitAsync("absence.events.position", cancellationToken);
        // One statement numbers both: on from the highest position overall, and on from the employer's own highest.
        var assigned = await db.Database.ExecuteSqlRawAsync("""
            WITH overall AS (SELECT coalesce(max(position), 0) AS position FROM absence.events),
                 -- Only the employers with pending events, each by the unique (employer, position) index: no scan of the table.
                 per_employer AS (SELECT waiting.employer_id,
                                         (SELECT max(employer_position) FROM absence.events AS done
                                          WHERE done.employer_id = waiting.employer_id) AS position
                                  FROM (SELECT DISTINCT employer_id FROM absence.events WHERE position IS NULL) AS waiting),
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
        return assigned;
    }
}

/// <summary>
/// Assigns positions when a change has committed (<see cref="AbsenceChangeSignal"/>), then tells the modules that
/// follow absence changes; every two seconds it looks anyway.
/// </summary>
internal sealed class FeedPositionWorker(
    IServiceScopeFactory scopes, WakeSignal<FeedPositionWorker> signal, IEnumerable<IAbsenceChangeFollower> followers, ILogger<FeedPositionWorker> logger)
    : CatchUpWorker<FeedPositionWorker>(scopes, signal, logger)
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await services.GetRequiredService<FeedPositions>().AssignAsync(cancellationToken) == 0)
        {
            return;
        }
        foreach (var follower in followers)
        {
            follower.ChangesArrived();
        }
    }
}

/// <summary>What a use case that wrote absence events calls after its commit.</summary>
internal sealed class AbsenceChangeSignal(WakeSignal<FeedPositionWorker> signal)
{
    public void Committed() => signal.Notify();
}
