namespace Verzuim.SecondFactor.Domain;

internal sealed class VerificationAttempt
{
    private VerificationAttempt() { }

    public Guid SessionId { get; private set; }
    public int Failures { get; private set; }
    public DateTimeOffset LastFailureAt { get; private set; }
}
