namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// A WebAuthn ceremony in progress: the options sent to the browser (with their random challenge), kept server-side,
/// usable once and for five minutes, and only by the session that started it.
/// </summary>
internal sealed class WebAuthnChallenge
{
    private WebAuthnChallenge() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public Guid SessionId { get; private set; }
    public bool ForRegistration { get; private set; }
    public string OptionsJson { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static WebAuthnChallenge Start(Guid accountId, Guid sessionId, bool forRegistration, string optionsJson, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        SessionId = sessionId,
        ForRegistration = forRegistration,
        OptionsJson = optionsJson,
        CreatedAt = now,
        ExpiresAt = now + Lifetime,
    };
}
