using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Verzuim.BuildingBlocks.Email;

namespace Verzuim.SecondFactor.Sms;

/// <summary>
/// In Development an SMS is written to the development outbox (next to the mails), so a developer can read the code
/// on the Web app's outbox page. It refuses to work in any other environment.
/// </summary>
internal sealed class DevelopmentSmsOutbox(IOptions<EmailOptions> email, IHostEnvironment environment, ILogger<DevelopmentSmsOutbox> logger) : ISmsSender
{
    public async Task<bool> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException("The development SMS outbox is only available in the Development environment.");
        }
        var folder = Path.GetFullPath(email.Value.DevelopmentOutboxPath, environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        var id = Guid.NewGuid().ToString("N");
        var message = new MimeMessage { Subject = $"Sms aan {phoneNumber}", Body = new TextPart("plain") { Text = text } };
        message.From.Add(new MailboxAddress("Sms", "sms@verzuim.localhost"));
        message.To.Add(new MailboxAddress(phoneNumber, "telefoon@verzuim.localhost"));
        await message.WriteToAsync(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-sms-{id}.eml"), cancellationToken);
        logger.LogInformation("Development outbox: SMS {MessageId} written", id);
        return true;
    }
}
