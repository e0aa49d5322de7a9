using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Contracts;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Cases;

/// <summary>
/// Keeps the dossiers in step with the Absence module's integration events: a new case opens a dossier, a linked
/// absence joins its case's dossier, a recovery closes it. The checkpoint moves in the same transaction as the
/// dossiers, so a crash repeats nothing and loses nothing. Only <see cref="ProjectionWorker"/> runs it: a dossier
/// appears moments after its sick report has committed, and requests only read.
/// </summary>
internal sealed class DossierProjection(DossiersDbContext db, IAbsenceChanges changes)
{
    private const int BatchSize = 500;

    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (await CatchUpBatchAsync(cancellationToken))
        {
        }
    }

    /// <returns>Whether a full batch was applied, so more may be waiting.</returns>
    private async Task<bool> CatchUpBatchAsync(CancellationToken cancellationToken)
    {
        var seen = await CheckpointAsync(cancellationToken);
        if ((await changes.ReadAsync(seen, 1, cancellationToken)).Count == 0)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUntilCommitAsync("dossiers.projection", cancellationToken);
        var checkpoint = await db.Checkpoints.SingleOrDefaultAsync(c => c.Name == ProjectionCheckpoint.AbsenceChanges, cancellationToken);
        if (checkpoint is null)
        {
            checkpoint = new ProjectionCheckpoint { Name = ProjectionCheckpoint.AbsenceChanges };
            db.Checkpoints.Add(checkpoint);
        }
        var batch = await changes.ReadAsync(checkpoint.Position, BatchSize, cancellationToken);
        var cases = batch.Select(change => change.CaseId).Distinct().ToList();
        var dossiers = await db.Dossiers.Include(d => d.Periods).Where(d => cases.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var change in batch)
        {
            if (!dossiers.TryGetValue(change.CaseId, out var dossier))
            {
                dossier = Dossier.Open(change);
                dossiers[change.CaseId] = dossier;
                db.Dossiers.Add(dossier);
            }
            dossier.Apply(change);
            checkpoint.Position = change.Position;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return batch.Count == BatchSize;
    }

    private async Task<long> CheckpointAsync(CancellationToken cancellationToken) =>
        await db.Checkpoints.AsNoTracking().Where(c => c.Name == ProjectionCheckpoint.AbsenceChanges)
            .Select(c => (long?)c.Position).SingleOrDefaultAsync(cancellationToken) ?? 0;
}
