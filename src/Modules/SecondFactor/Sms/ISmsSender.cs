namespace Verzuim.SecondFactor.Sms;

/// <summary>Sends one text message. Implementations never retry on their own: a POST that timed out may have arrived.</summary>
internal interface ISmsSender
{
    /// <returns>False when the provider refused, failed or did not answer in time.</returns>
    Task<bool> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}
