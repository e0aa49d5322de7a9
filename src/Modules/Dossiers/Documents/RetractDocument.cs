using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;

namespace Verzuim.Dossiers.Documents;

internal sealed class DocumentIdInput
{
    public string DocumentId { get; init; } = "";
}

/// <summary>
/// An employer user withdraws a published document, as long as the employee has not responded to it. The document
/// row is locked first, as it is by a response, so a retraction and a response never both succeed.
/// </summary>
internal sealed class RetractDocument(DossiersDbContext db, TimeProvider clock)
{
    public async Task<DocumentPayload> ExecuteAsync(EmployerUserCaller caller, DocumentIdInput input, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(input.DocumentId, DossierDocument.TypeName, out var id))
        {
            return DocumentPayload.NotFound("Dit document bestaat niet.", "input", "documentId");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DocumentLock.TakeAsync(db, id, cancellationToken);
        var document = await db.FindDocumentAsync(caller, input.DocumentId, cancellationToken);
        if (document is null)
        {
            return DocumentPayload.NotFound("Dit document bestaat niet.", "input", "documentId");
        }
        if (document.Author == DocumentAuthor.Employee)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.EmployeesOwn, "De zienswijze van de werknemer blijft in het dossier.", "input", "documentId"));
        }
        if (!document.IsPublished)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.Retracted, "Dit document is al ingetrokken.", "input", "documentId"));
        }
        if (document.Response is not null)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.AlreadyAcknowledged,
                "De werknemer heeft op dit document gereageerd; het kan niet meer worden ingetrokken.", "input", "documentId"));
        }
        document.Retract(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DocumentPayload.Done(document);
    }
}

internal static class DocumentLock
{
    /// <summary>Locks the document's row until the transaction ends; a missing row locks nothing.</summary>
    public static Task TakeAsync(DossiersDbContext db, Guid documentId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM dossiers.documents WHERE id = {documentId} FOR UPDATE", cancellationToken);
}
