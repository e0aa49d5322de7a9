using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.DocumentTypes;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Files;
using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Documents;

internal sealed class AddViewpointInput
{
    public string DossierId { get; init; } = "";
    public string? Text { get; init; }
    public string? UploadId { get; init; }
    public string? RegardingDocumentId { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>
/// The employee adds their own view (zienswijze) to the dossier: written text or an uploaded file, optionally about
/// one document. It is a document of the employer's zienswijze type, always visible to its author.
/// </summary>
internal sealed class AddViewpoint(
    DossiersDbContext db, DocumentTypeCatalog types, Accessors accessors, DossierNotices notices,
    IdempotentRequests<DossiersDbContext> idempotency, TimeProvider clock)
{
    public const string Title = "Zienswijze";
    private const string Operation = "addViewpoint";
    private static readonly TimeSpan DoubleSubmitWindow = TimeSpan.FromSeconds(30);

    public async Task<DocumentPayload> HandleAsync(EmployeeCaller caller, AddViewpointInput input, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(input.IdempotencyKey) is { } keyError)
        {
            return DocumentPayload.Refused(keyError);
        }
        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        var uploadId = string.IsNullOrWhiteSpace(input.UploadId) ? null : input.UploadId;
        if ((text is null) == (uploadId is null))
        {
            return DocumentPayload.Refused(UserError.For(text is null ? ErrorCodes.Required : ErrorCodes.InvalidValue,
                "Write your viewpoint or upload a file; one of the two.", "input", text is null ? "text" : "uploadId"));
        }
        if (text is not null && !FreeText.IsStorable(text))
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.InvalidValue, "This text contains characters that cannot be saved.", "input", "text"));
        }
        if (text is { Length: > DossierDocument.MaxTextLength })
        {
            return DocumentPayload.Refused(UserError.For(ErrorCodes.TooLong, $"A viewpoint takes at most {DossierDocument.MaxTextLength} characters.", "input", "text"));
        }
        var dossier = await db.FindDossierAsync(caller, input.DossierId, cancellationToken);
        if (dossier is null)
        {
            return DocumentPayload.NotFound("This dossier does not exist.", "input", "dossierId");
        }
        DossierDocument? regarding = null;
        if (!string.IsNullOrEmpty(input.RegardingDocumentId))
        {
            regarding = await db.FindDocumentAsync(caller, input.RegardingDocumentId, cancellationToken);
            if (regarding is null || regarding.DossierId != dossier.Id)
            {
                return DocumentPayload.NotFound("This document does not exist.", "input", "regardingDocumentId");
            }
        }
        await using var transaction = await db.BeginOneAtATimeForAsync(caller.AccountId, cancellationToken);
        // A resent form uploads its file again under a new upload id: the same key with a file is the same submission.
        var fingerprint = IdempotencyKey.Fingerprint(Operation, new { input.DossierId, text, input.RegardingDocumentId, withFile = uploadId is not null });
        switch (await idempotency.FindAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken))
        {
            case { Error: { } reused }:
                return DocumentPayload.Refused(reused);
            case { ResultIds: [var id, ..] }:
                return DocumentPayload.Done(await db.LoadDocumentAsync(id, cancellationToken));
        }
        var now = clock.GetUtcNow();
        if (text is not null && await SameTextJustNowAsync(caller, dossier.Id, text, now, cancellationToken) is { } earlier)
        {
            return DocumentPayload.Done(earlier);
        }
        StoredFile? file = null;
        if (uploadId is not null)
        {
            file = (await db.TakeAsync(caller, uploadId, now, cancellationToken))?.File;
            if (file is null)
            {
                return DocumentPayload.NotFound("This file has not been uploaded (or is no longer there). Upload it again.", "input", "uploadId");
            }
        }
        var type = await types.ByCodeAsync(caller.Employer, DefaultDocumentTypes.Viewpoint, cancellationToken);
        var title = regarding is null ? Title : Shorten($"{Title} op {regarding.Title}");
        var author = await accessors.OfAsync(caller, cancellationToken);
        var document = DossierDocument.Publish(dossier.Id, dossier.EmployerId, dossier.EmployeeId, type, title,
            DocumentAuthor.Employee, caller.AccountId, author.Name, file, text, regarding?.Id, now);
        db.Documents.Add(document);
        idempotency.Remember(caller, input.IdempotencyKey, Operation, fingerprint, document.Id);
        await notices.ViewpointAsync(dossier, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A second request with the same upload removed it first: that request published the document.
            db.ChangeTracker.Clear();
            return DocumentPayload.NotFound("This file has not been uploaded (or is no longer there). Upload it again.", "input", "uploadId");
        }
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        return DocumentPayload.Done(document);
    }

    /// <summary>The same text sent again within moments is the same submission (a double click, a resent form).</summary>
    private Task<DossierDocument?> SameTextJustNowAsync(EmployeeCaller caller, Guid dossierId, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - DoubleSubmitWindow;
        return db.Documents.Include(d => d.DocumentType).Include(d => d.Response)
            .Where(d => d.DossierId == dossierId && d.AuthorAccountId == caller.AccountId && d.Text == text && d.CreatedAt >= since)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string Shorten(string title) =>
        title.Length <= DossierDocument.MaxTitleLength ? title : FreeText.Shorten(title, DossierDocument.MaxTitleLength - 1) + "…";
}
