namespace Verzuim.Web.Api;

/// <summary>The Dossiers operations of the Host's API, as the portal's pages use them.</summary>
internal sealed class DossiersApi(GraphQLClient graphql)
{
    public async Task<IReadOnlyList<DossierSummary>> MineAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<MyDossiersData>("MyDossiers", null, cancellationToken)).MyDossiers;

    /// <summary>One dossier with one part of its content; each call is one entry in the dossier's access log.</summary>
    public async Task<DossierContent?> OpenAsync(string dossierId, DossierPart part, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<DossierData>($"Dossier{part}", new { id = dossierId }, cancellationToken)).Dossier;

    public async Task<IReadOnlyList<UserError>> AcknowledgeAsync(string documentId, string? comment, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<AcknowledgeData>("AcknowledgeDocument", new { input = new { documentId, comment } }, cancellationToken)).AcknowledgeDocument.Errors;

    public async Task<IReadOnlyList<UserError>> AddViewpointAsync(object input, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<AddViewpointData>("AddViewpoint", new { input }, cancellationToken)).AddViewpoint.Errors;

    public async Task<IReadOnlyList<UserError>> SendMessageAsync(string dossierId, string body, string idempotencyKey, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<SendMessageData>("SendDossierMessage", new { input = new { dossierId, body, idempotencyKey } }, cancellationToken)).SendDossierMessage.Errors;

    /// <param name="includeOwnReads">False leaves out the employee's own reads, which would otherwise fill the log.</param>
    public async Task<AccessLogPage> AccessLogAsync(string? after, bool includeOwnReads, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<AccessLogData>("DossierAccessLog", new { after, readByEmployee = includeOwnReads ? (bool?)null : false }, cancellationToken)).DossierAccessLog;
}

/// <summary>What of a dossier a page reads. Only the header (dates, state, counts) is not content, and not logged.</summary>
public enum DossierPart
{
    Header,
    Documents,
    Timeline,
    Messages,
}

public sealed record DossierCounts(int NewDocuments, int AwaitingResponse, int UnreadMessages)
{
    /// <summary>Whether anything in the dossiers waits for the employee: a new document, a response or a message.</summary>
    public bool AnythingWaits => NewDocuments + AwaitingResponse + UnreadMessages > 0;
}

public sealed record DossierSummary(string Id, string Status, DateOnly FirstDay, DateOnly? ClosedOn, DossierCounts Counts);

public sealed record DossierContent(
    string Id, string Status, DateOnly FirstDay, DateOnly? ClosedOn, DossierCounts Counts,
    List<DossierDocument>? Documents, List<DossierTimelineEntry>? Timeline, List<DossierMessage>? Messages);

public sealed record DossierDocument(
    string Id, string Title, string Author, string AuthorName, DateTimeOffset PublishedAt, string? Text, string AskedResponse,
    string? RegardingDocumentId, DateTimeOffset? FirstOpenedAt, DocumentTypeName Type, DocumentFile? File, DocumentResponse? Response)
{
    public bool AwaitsResponse => AskedResponse != "NONE" && Response is null;
}

public sealed record DocumentTypeName(string Name);

public sealed record DocumentFile(string Name, string ContentType, long Size);

public sealed record DocumentResponse(string Kind, DateTimeOffset At, string? Comment);

public sealed record DossierTimelineEntry(string Kind, DateOnly On, DateTimeOffset? At, string? Title, string? DocumentId, bool Upcoming);

public sealed record DossierMessage(string Id, string From, string AuthorName, string Body, DateTimeOffset SentAt);

public sealed record AccessLogEntry(DateTimeOffset At, string AccessorName, string AccessorRole, string What, List<string> Parts, string? DocumentTitle);

public sealed record AccessLogPage(List<AccessLogEdge> Edges, PageInfo PageInfo);

public sealed record AccessLogEdge(AccessLogEntry Node);

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

internal sealed record MyDossiersData(List<DossierSummary> MyDossiers);
internal sealed record DossierData(DossierContent? Dossier);
internal sealed record AcknowledgeData(ErrorsOnly AcknowledgeDocument);
internal sealed record AddViewpointData(ErrorsOnly AddViewpoint);
internal sealed record SendMessageData(ErrorsOnly SendDossierMessage);
internal sealed record AccessLogData(AccessLogPage DossierAccessLog);
