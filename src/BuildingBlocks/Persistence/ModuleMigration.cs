using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verzuim.BuildingBlocks.Persistence;

/// <summary>Applies one module's migrations. The Host runs them all at start, before it serves requests.</summary>
public interface IModuleMigration
{
    string Schema { get; }

    Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class ModuleMigration<TContext>(string schema) : IModuleMigration where TContext : DbContext
{
    public string Schema => schema;

    public async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // On a new database EF Core first reads a history table that does not exist yet and logs that as an error
        // (dotnet/efcore#35690). While migrating, failed commands are logged at Debug; a real failure still throws.
        var options = new DbContextOptionsBuilder<TContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<TContext>>())
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandError, LogLevel.Debug)))
            .Options;
        await using var db = ActivatorUtilities.CreateInstance<TContext>(scope.ServiceProvider, options);
        await RefuseUnknownHistoryAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// A schema whose history names migrations this build does not have was made by another line of migrations
    /// (before release, the history was folded into one initial migration per module). Migrating it would fail half
    /// way on tables that already exist; stopping first names the cause and the way out.
    /// </summary>
    private async Task RefuseUnknownHistoryAsync(TContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = db.Database.GetMigrations().ToList();
        // Migration ids sort by time. An unknown one newer than this build's last comes from a later release during a
        // rolling upgrade or a rollback (expand/contract keeps the schema readable); only an older one is another line.
        var unknown = applied.Except(known).Where(id => known.Count > 0 && string.CompareOrdinal(id, known[^1]) < 0).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database schema \"{schema}\" was made by migrations this version does not have ({string.Join(", ", unknown)}). "
                + "Start from an empty database: for the local cluster of scripts/run, delete .data/postgres.");
        }
    }
}
