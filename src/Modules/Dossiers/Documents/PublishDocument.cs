using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.DocumentTypes;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Files;
using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Documents;

internal sealed class PublishDocumentInput
{
    public string DossierId { get; init; } = "";
    public string DocumentTypeId { get; init; } = "";
    public string Title { get; init; } = "";
    public string UploadId { get; init; } = "";
    public string? IdempotencyKey { get; init; }
}

/// <summary>
/// An employer user puts an uploaded file in a dossier as a document of one of the employer's types. The upload is
/// used up, so sending the same mutation twice publishes one document; with an idempotency key the second gets the
/// first one's document back. The employee hears of it when the type is visible to them.
/// </summary>
internal sealed class PublishDocument(
    DossiersDbContext db, DocumentTypeCatalog types, Accessors accessors, DossierNotices notices,
    IdempotentRequests<DossiersDbContext> idempotency, TimeProvider clock)
{
    private const string Operation = "publishDocument";

    public async Task<DocumentPayload> HandleAsync(EmployerUserCaller caller, PublishDocumentInput input, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(input.IdempotencyKey) is { } keyError)
        {
            return DocumentPayload.Refused(keyError);
        }
        var fingerprint = IdempotencyKey.Fingerprint(Operation, input);
        if (await ReplayAsync(caller, input, fingerprint, cancellationToken) is { } replay)
        {
            return replay;
        }
        var title = input.Title.Trim();
        if (DocumentText.CheckTitle(title) is { } badTitle)
        {
            return DocumentPayload.Refused(badTitle);
        }
        var dossier = await db.FindDossierAsync(caller, input.DossierId, cancellationToken);
        if (dossier is null)
        {
            return DocumentPayload.NotFound("This dossier does not exist.", "input", "dossierId");
        }
        if (dossier.Status == DossierStatus.Withdrawn)
        {
            return DocumentPayload.Refused(UserError.For(DossierErrorCodes.DossierClosed, "The absence this dossier belongs to has been withdrawn.", "input", "dossierId"));
        }
        var type = await types.FindAsync(caller.Employer, input.DocumentTypeId, cancellationToken);
        if (type is null)
        {
            return DocumentPayload.NotFound("This document type does not exist.", "input", "documentTypeId");
        }
        if (type.Code == DefaultDocumentTypes.Viewpoint)
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.InvalidValue, "Only the employee can add a viewpoint.", "input", "documentTypeId"));
        }
        var now = clock.GetUtcNow();
        var upload = await db.TakeAsync(caller, input.UploadId, now, cancellationToken);
        if (upload is null)
        {
            return DocumentPayload.NotFound("This file has not been uploaded (or is no longer there). Upload it again.", "input", "uploadId");
        }
        var author = await accessors.OfAsync(caller, cancellationToken);
        var document = DossierDocument.Publish(dossier.Id, dossier.EmployerId, dossier.EmployeeId, type, title,
            DocumentAuthor.Employer, caller.AccountId, author.Name, upload.File, null, null, now);
        db.Documents.Add(document);
        idempotency.Remember(caller, input.IdempotencyKey, Operation, fingerprint, document.Id);
        if (type.VisibleToEmployee)
        {
            await notices.NewDocumentAsync(dossier, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            // A request sent at the same moment with the same upload (or key) published the document first.
            db.ChangeTracker.Clear();
            return await ReplayAsync(caller, input, fingerprint, cancellationToken)
                ?? DocumentPayload.NotFound("This file has not been uploaded (or is no longer there). Upload it again.", "input", "uploadId");
        }
        notices.Committed();
        return DocumentPayload.Done(document);
    }

    private async Task<DocumentPayload?> ReplayAsync(EmployerUserCaller caller, PublishDocumentInput input, byte[] fingerprint, CancellationToken cancellationToken) =>
        await idempotency.FindAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken) switch
        {
            { Error: { } reused } => DocumentPayload.Refused(reused),
            { ResultIds: [var id, ..] } => DocumentPayload.Done(await db.LoadDocumentAsync(id, cancellationToken)),
            _ => null,
        };
}

internal static class DocumentText
{
    public static UserError? CheckTitle(string title, params string[] field) => title switch
    {
        "" => UserError.For(ErrorCodes.Required, "Give the document a title.", field.Length > 0 ? field : ["input", "title"]),
        { Length: > DossierDocument.MaxTitleLength } => UserError.For(ErrorCodes.TooLong,
            $"A title takes at most {DossierDocument.MaxTitleLength} characters.", field.Length > 0 ? field : ["input", "title"]),
        _ when title.Any(char.IsControl) || !FreeText.IsStorable(title) => UserError.For(ErrorCodes.InvalidValue, "A title is a single line of text.", field.Length > 0 ? field : ["input", "title"]),
        _ => null,
    };
}
