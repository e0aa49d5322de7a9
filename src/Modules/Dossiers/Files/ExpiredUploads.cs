using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Files;

/// <summary>
/// Removes uploads nobody used within their lifetime, with their bytes. One statement claims the rows, so two
/// removers at once never trip over each other.
/// </summary>
internal static class ExpiredUploads
{
    public static async Task RemoveAsync(DossiersDbContext db, IFileStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - Upload.Lifetime;
        var files = await db.Database
            .SqlQuery<Guid>($"DELETE FROM dossiers.uploads WHERE created_at < {cutoff} RETURNING file_file_id AS \"Value\"")
            .ToListAsync(cancellationToken);
        await store.DeleteAsync(files, cancellationToken);
    }
}

/// <summary>Sweeps expired uploads now and then, so a file nobody published does not stay in the database.</summary>
internal sealed class UploadSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UploadSweeper> logger)
    : PeriodicWork(scopes, logger, TimeSpan.FromMinutes(15))
{
    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ExpiredUploads.RemoveAsync(services.GetRequiredService<DossiersDbContext>(), services.GetRequiredService<IFileStore>(), clock.GetUtcNow(), cancellationToken);
}
