namespace Verzuim.BuildingBlocks.Email;

/// <summary>Delivers one e-mail. Only the outbox dispatcher calls it, after the state change has been committed.</summary>
public interface IEmailTransport
{
    /// <param name="messageId">Stable per outbox row, so a retried delivery can be recognised as the same mail.</param>
    Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken);
}
