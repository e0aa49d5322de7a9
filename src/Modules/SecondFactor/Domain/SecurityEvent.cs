namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// Something the employer's security review should see: a sign of attack, such as a cloned key, or an employer user
/// resetting an employee's second factor.
/// </summary>
internal sealed class SecurityEvent
{
    private SecurityEvent() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid? FactorId { get; private set; }

    /// <summary>The employer user who did it, when it was not the account holder.</summary>
    public Guid? ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public const string SignatureCounterWentBack = "SIGNATURE_COUNTER_WENT_BACK";
    public const string ResetByEmployer = "SECOND_FACTOR_RESET_BY_EMPLOYER";

    public static SecurityEvent Of(string kind, Guid accountId, Guid? factorId, DateTimeOffset now, Guid? actorId = null) =>
        new() { Id = Guid.CreateVersion7(now), AccountId = accountId, Kind = kind, FactorId = factorId, ActorId = actorId, At = now };
}
