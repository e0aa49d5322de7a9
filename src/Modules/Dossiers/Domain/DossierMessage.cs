using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Dossiers.Domain;

internal enum MessageSender
{
    Employee,
    Employer,
}

/// <summary>A message between the employee and the employer's case managers, read (or not yet) by the other side.</summary>
internal sealed class DossierMessage : IPageable
{
    public const string TypeName = "DossierMessage";
    public const int MaxBodyLength = 4_000;

    private DossierMessage() { }

    public Guid Id { get; private set; }
    public Guid DossierId { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public MessageSender From { get; private set; }
    public Guid AuthorAccountId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public static DossierMessage Send(Guid dossierId, Guid employerId, Guid employeeId, MessageSender from, Guid authorAccountId, string authorName, string body, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DossierId = dossierId,
        EmployerId = employerId,
        EmployeeId = employeeId,
        From = from,
        AuthorAccountId = authorAccountId,
        AuthorName = authorName,
        Body = body,
        CreatedAt = now,
    };
}
