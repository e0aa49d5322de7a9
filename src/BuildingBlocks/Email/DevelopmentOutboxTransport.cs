using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>
/// The development outbox: mails become .eml files a developer can open (and the Web app lists in Development).
/// It refuses to work outside the Development environment, so a misconfigured server can never swallow mail.
/// </summary>
internal sealed class DevelopmentOutboxTransport(
    IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<DevelopmentOutboxTransport> logger) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("The development outbox is only available in the Development environment.");
        }
        var folder = Path.GetFullPath(options.Value.DevelopmentOutboxPath, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{messageId}.eml");
        await MimeMessages.Create(message, messageId, options.Value).WriteToAsync(path, cancellationToken);
        logger.LogInformation("Development outbox: mail {MessageId} \"{Subject}\" written to {Path}", messageId, message.Subject, path);
    }
}
