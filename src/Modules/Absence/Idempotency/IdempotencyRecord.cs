namespace Verzuim.Absence.Idempotency;

/// <summary>
/// A report made with an idempotency key: the same caller sending the same key again gets the original absence back;
/// the same key with a different request is refused. Written in the same transaction as the report.
/// </summary>
internal sealed class IdempotencyRecord
{
    private IdempotencyRecord() { }

    public Guid CallerId { get; private set; }
    public string Key { get; private set; } = "";
    public string Operation { get; private set; } = "";
    public byte[] RequestHash { get; private set; } = [];
    public Guid AbsenceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static IdempotencyRecord For(Guid callerId, string key, string operation, byte[] requestHash, Guid absenceId, DateTimeOffset now) => new()
    {
        CallerId = callerId,
        Key = key,
        Operation = operation,
        RequestHash = requestHash,
        AbsenceId = absenceId,
        CreatedAt = now,
    };
}
