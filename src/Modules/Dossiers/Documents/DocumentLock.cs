using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Documents;

/// <summary>
/// A document read for a change that must not cross another one on it: its row stays locked until the transaction
/// ends, so of a retraction and a response, or of two responses, only one succeeds.
/// </summary>
internal static class DocumentLock
{
    /// <summary>Null when the id is malformed or the caller may not reach the document (see <see cref="DossierScope"/>).</summary>
    public static async Task<DossierDocument?> FindLockedDocumentAsync(this DossiersDbContext db, Caller caller, string? globalId, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(globalId, DossierDocument.TypeName, out var id))
        {
            return null;
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM dossiers.documents WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.FindDocumentAsync(caller, id, cancellationToken);
    }
}
