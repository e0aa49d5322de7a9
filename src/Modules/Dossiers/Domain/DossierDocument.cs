using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Dossiers.Domain;

internal enum DocumentAuthor
{
    Employer,
    Employee,
}

internal enum DocumentStatus
{
    Published,
    Retracted,
}

/// <summary>
/// A document in a dossier: a file the employer published, or the employee's own view (zienswijze) as a file or as
/// text. The employee's response (gelezen or akkoord) is a row of its own, keyed by the document, so there is never
/// more than one and it is never changed.
/// </summary>
internal sealed class DossierDocument : IPageable
{
    public const string TypeName = "DossierDocument";
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 10_000;

    private DossierDocument() { }

    public Guid Id { get; private set; }
    public Guid DossierId { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public Guid DocumentTypeId { get; private set; }
    public DocumentType DocumentType { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public DocumentAuthor Author { get; private set; }
    public Guid AuthorAccountId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public StoredFile? File { get; private set; }

    /// <summary>
    /// Fixed at publication: a document published under an internal type stays internal even if the type is made
    /// visible later. Making a type internal still hides its documents at once (<c>DossierScope</c> checks both).
    /// </summary>
    public bool VisibleToEmployee { get; private set; }

    /// <summary>What the document asks of the employee, fixed at publication as its type said then.</summary>
    public ResponseKind AskedResponse { get; private set; }

    /// <summary>A zienswijze written on the page rather than uploaded.</summary>
    public string? Text { get; private set; }

    /// <summary>The document a zienswijze is about, if the employee chose one.</summary>
    public Guid? RegardingDocumentId { get; private set; }
    public DocumentStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RetractedAt { get; private set; }

    /// <summary>When the employee first opened it; until then it counts as new on their dashboard.</summary>
    public DateTimeOffset? FirstOpenedAt { get; private set; }
    public DocumentResponse? Response { get; private set; }

    public bool IsPublished => Status == DocumentStatus.Published;

    public static DossierDocument Publish(Guid dossierId, Guid employerId, Guid employeeId, DocumentType type, string title,
        DocumentAuthor author, Guid authorAccountId, string authorName, StoredFile? file, string? text, Guid? regarding, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DossierId = dossierId,
        EmployerId = employerId,
        EmployeeId = employeeId,
        DocumentTypeId = type.Id,
        DocumentType = type,
        Title = title,
        Author = author,
        AuthorAccountId = authorAccountId,
        AuthorName = authorName,
        File = file,
        VisibleToEmployee = author == DocumentAuthor.Employee || type.VisibleToEmployee,
        AskedResponse = author == DocumentAuthor.Employer && type.VisibleToEmployee ? type.Response : ResponseKind.None,
        Text = text,
        RegardingDocumentId = regarding,
        Status = DocumentStatus.Published,
        CreatedAt = now,
        // The employee's own documents are never news to them.
        FirstOpenedAt = author == DocumentAuthor.Employee ? now : null,
    };

    public void Retract(DateTimeOffset now)
    {
        Status = DocumentStatus.Retracted;
        RetractedAt = now;
    }

    public void MarkOpened(DateTimeOffset now) => FirstOpenedAt ??= now;
}

/// <summary>The employee's gelezen or akkoord: given once, with the moment and an optional comment, never changed.</summary>
internal sealed class DocumentResponse
{
    public const int MaxCommentLength = 2_000;

    private DocumentResponse() { }

    public Guid DocumentId { get; private set; }
    public ResponseKind Kind { get; private set; }
    public string? Comment { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static DocumentResponse Give(Guid documentId, ResponseKind kind, string? comment, Guid accountId, DateTimeOffset now) =>
        new() { DocumentId = documentId, Kind = kind, Comment = comment, AccountId = accountId, At = now };
}
