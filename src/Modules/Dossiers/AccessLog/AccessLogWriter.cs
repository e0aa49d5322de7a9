using Verzuim.BuildingBlocks.Callers;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.AccessLog;

/// <summary>Writes one entry per read of dossier content, committed before the content is handed out.</summary>
internal sealed class AccessLogWriter(DossiersDbContext db, Accessors accessors, TimeProvider clock)
{
    public async Task DossierReadAsync(SessionCaller caller, Dossier dossier, string[] parts, CancellationToken cancellationToken)
    {
        var accessor = await accessors.OfAsync(caller, cancellationToken);
        db.AccessLog.Add(AccessLogEntry.Of(accessor, dossier.EmployerId, dossier.EmployeeId, dossier.Id, AccessedContent.Dossier, parts, null, null, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DocumentReadAsync(SessionCaller caller, DossierDocument document, CancellationToken cancellationToken)
    {
        var accessor = await accessors.OfAsync(caller, cancellationToken);
        var now = clock.GetUtcNow();
        db.AccessLog.Add(AccessLogEntry.Of(accessor, document.EmployerId, document.EmployeeId, document.DossierId, AccessedContent.Document, [], document.Id, document.Title, now));
        if (caller is EmployeeCaller)
        {
            document.MarkOpened(now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
