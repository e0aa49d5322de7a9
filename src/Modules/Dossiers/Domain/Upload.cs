namespace Verzuim.Dossiers.Domain;

/// <summary>
/// A file sent ahead of the mutation that uses it (publishing a document, adding a zienswijze). Only the account that
/// sent it can use it, once, within a day; unused uploads and their bytes are removed after that.
/// </summary>
internal sealed class Upload
{
    public const string TypeName = "Upload";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private Upload() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid AccountId { get; private set; }
    public StoredFile File { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }

    public string GlobalId => BuildingBlocks.Identifiers.GlobalId.Encode(TypeName, Id);

    public static Upload Of(Guid employerId, Guid accountId, StoredFile file, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EmployerId = employerId,
        AccountId = accountId,
        File = file,
        CreatedAt = now,
    };
}
