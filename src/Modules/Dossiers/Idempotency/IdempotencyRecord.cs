namespace Verzuim.Dossiers.Idempotency;

/// <summary>
/// Something created with an idempotency key: the same account sending the same key again gets the original back;
/// the same key with a different request is refused. Written in the same transaction as what it created.
/// </summary>
internal sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public Guid AccountId { get; private set; }
    public string Key { get; private set; } = "";
    public string Operation { get; private set; } = "";
    public byte[] RequestHash { get; private set; } = [];
    public Guid ResultId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static IdempotencyRecord For(Guid accountId, string key, string operation, byte[] requestHash, Guid resultId, DateTimeOffset now) => new()
    {
        AccountId = accountId,
        Key = key,
        Operation = operation,
        RequestHash = requestHash,
        ResultId = resultId,
        CreatedAt = now,
    };
}
