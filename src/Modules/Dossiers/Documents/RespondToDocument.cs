using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.DocumentTypes;
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
    public async Task<DocumentPayload> ExecuteAsync(EmployeeCaller caller, RespondToDocumentInput input, CancellationToken cancellationToken)
    {
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment is not null && !FreeText.IsStorable(comment))
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.InvalidValue, "Deze opmerking bevat tekens die niet kunnen worden bewaard.", "input", "comment"));
        }
        if (comment is { Length: > DocumentResponse.MaxCommentLength })
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.TooLong, $"Een opmerking heeft hoogstens {DocumentResponse.MaxCommentLength} tekens.", "input", "comment"));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await db.FindLockedDocumentAsync(caller, input.DocumentId, cancellationToken);
        if (document is null)
        {
            return DocumentPayload.NotFound("Dit document bestaat niet.", "input", "documentId");
        }
        if (document.AskedResponse == ResponseKind.None)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.NoResponseAsked, "Bij dit document wordt geen reactie gevraagd.", "input", "documentId"));
        }
        if (document.Response is not null)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.AlreadyAcknowledged, "Je hebt al op dit document gereageerd.", "input", "documentId"));
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
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.AlreadyAcknowledged, "Je hebt al op dit document gereageerd.", "input", "documentId"));
        }
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        return DocumentPayload.Done(document);
    }
}
