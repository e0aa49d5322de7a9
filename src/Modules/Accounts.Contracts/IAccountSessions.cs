namespace Verzuim.Accounts.Contracts;

/// <summary>What other modules may do with sessions; the SecondFactor module completes and ends them.</summary>
public interface IAccountSessions
{
    /// <summary>Ends a password-only session and starts a full one with a new token; null when the session is gone.</summary>
    Task<SessionGrant?> CompleteSecondFactorAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>When the caller last proved who they are (password and second factor), or null when the session is gone.</summary>
    Task<DateTimeOffset?> LoginCheckedAtAsync(Guid sessionId, CancellationToken cancellationToken);

    Task EndAsync(Guid sessionId, CancellationToken cancellationToken);

    Task EndAllAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Ends every session of this session's account except this one: after a change to how the account logs in.</summary>
    Task EndOthersAsync(Guid sessionId, CancellationToken cancellationToken);
}
