using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

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
    public async Task<DocumentPayload> HandleAsync(EmployerUserCaller caller, DocumentIdInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.FindLockedDocumentAsync(caller, input.DocumentId, cancellationToken);
        if (document is null)
        {
            return DocumentPayload.NotFound("This document does not exist.", "input", "documentId");
        }
        if (document.Author == DocumentAuthor.Employee)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.EmployeesOwn, "The employee's viewpoint stays in the dossier.", "input", "documentId"));
        }
        if (!document.IsPublished)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.Retracted, "This document has already been retracted.", "input", "documentId"));
        }
        if (document.Response is not null)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.AlreadyAcknowledged,
                "The employee has responded to this document; it can no longer be retracted.", "input", "documentId"));
        }
        document.Retract(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DocumentPayload.Done(document);
    }
}
