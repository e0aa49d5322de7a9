using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Dossiers.Domain;

internal enum AccessedContent
{
    /// <summary>The dossier's detail: its documents, timeline and/or messages, as <see cref="AccessLogEntry.Parts"/> says.</summary>
    Dossier,

    /// <summary>The bytes of one document.</summary>
    Document,
}

internal enum AccessorKind
{
    Employee,
    Hr,
    CaseManager,
}

/// <summary>
/// One read of dossier content, as NEN 7513 asks of health records: who (account, name and role), when, whose dossier,
/// what, and on whose behalf. Written in the read's own request, before the content leaves; never changed or removed
/// through the API, and the database refuses updates and deletes of it.
/// </summary>
internal sealed class AccessLogEntry : IPageable
{
    public const string TypeName = "DossierAccess";

    private AccessLogEntry() { }

    public Guid Id { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public Guid DossierId { get; private set; }
    public AccessedContent What { get; private set; }

    /// <summary>For a dossier read: which of documents, timeline, messages were read.</summary>
    public string[] Parts { get; private set; } = [];
    public Guid? DocumentId { get; private set; }
    public string? DocumentTitle { get; private set; }
    public Guid AccessorAccountId { get; private set; }
    public string AccessorName { get; private set; } = "";
    public AccessorKind AccessorKind { get; private set; }

    /// <summary>The employer an employer user read for; null when employees read their own dossier.</summary>
    public Guid? OnBehalfOfEmployerId { get; private set; }

    public static AccessLogEntry Of(Accessor accessor, Guid employerId, Guid employeeId, Guid dossierId, AccessedContent what,
        string[] parts, Guid? documentId, string? documentTitle, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreatedAt = now,
        EmployerId = employerId,
        EmployeeId = employeeId,
        DossierId = dossierId,
        What = what,
        Parts = parts,
        DocumentId = documentId,
        DocumentTitle = documentTitle,
        AccessorAccountId = accessor.AccountId,
        AccessorName = accessor.Name,
        AccessorKind = accessor.Kind,
        OnBehalfOfEmployerId = accessor.Kind == AccessorKind.Employee ? null : employerId,
    };
}

/// <summary>The person reading, as the log records them.</summary>
internal sealed record Accessor(Guid AccountId, string Name, AccessorKind Kind);
