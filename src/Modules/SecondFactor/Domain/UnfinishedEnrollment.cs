namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// A confirmed factor whose session steps (ending the other sessions, making this one full) have not run yet. It is
/// written in the transaction that confirms the factor and removed once those steps ran, so a crash in between loses
/// nothing: the same session sending its confirmation again finishes them and sees its recovery codes again. The codes
/// wait sealed under `SecondFactor:SecretKey`, bound to the session.
/// </summary>
internal sealed class UnfinishedEnrollment
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private UnfinishedEnrollment() { }

    public Guid SessionId { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid FactorId { get; private set; }
    public byte[]? SealedRecoveryCodes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static UnfinishedEnrollment For(Guid sessionId, Guid accountId, Guid factorId, byte[]? sealedRecoveryCodes, DateTimeOffset now) => new()
    {
        SessionId = sessionId,
        AccountId = accountId,
        FactorId = factorId,
        SealedRecoveryCodes = sealedRecoveryCodes,
        CreatedAt = now,
    };
}
