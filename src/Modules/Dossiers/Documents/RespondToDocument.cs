using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Documents;

internal sealed class RespondToDocumentInput
{
    public string DocumentId { get; init; } = "";
    public string? Comment { get; init; }
}

/// <summary>
/// The employee's gelezen or akkoord, whichever the document's type asks: given once, timestamped, never undone.
/// A second request (a double click, a second tab) finds the first response and changes nothing.
/// </summary>
internal sealed class RespondToDocument(DossiersDbContext db, DossierNotices notices, TimeProvider clock)
{
    public async Task<DocumentPayload> HandleAsync(EmployeeCaller caller, RespondToDocumentInput input, CancellationToken cancellationToken)
    {
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment is not null && !FreeText.IsStorable(comment))
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.InvalidValue, "This comment contains characters that cannot be saved.", "input", "comment"));
        }
        if (comment is { Length: > DocumentResponse.MaxCommentLength })
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.TooLong, $"A comment takes at most {DocumentResponse.MaxCommentLength} characters.", "input", "comment"));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.FindLockedDocumentAsync(caller, input.DocumentId, cancellationToken);
        if (document is null)
        {
            return DocumentPayload.NotFound("This document does not exist.", "input", "documentId");
        }
        if (document.AskedResponse == ResponseKind.None)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.NoResponseAsked, "This document does not ask for a response.", "input", "documentId"));
        }
        if (document.Response is not null)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.AlreadyAcknowledged, "You have already responded to this document.", "input", "documentId"));
        }
        var now = clock.GetUtcNow();
        db.Responses.Add(DocumentResponse.Give(document.Id, document.AskedResponse, comment, caller.AccountId, now));
        document.MarkOpened(now);
        if (document.AskedResponse == ResponseKind.Signature)
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == document.DossierId, cancellationToken);
            await notices.SignedAsync(dossier, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.AlreadyAcknowledged, "You have already responded to this document.", "input", "documentId"));
        }
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        return DocumentPayload.Done(document);
    }
}
