using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Verzuim.BuildingBlocks.Email;

internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, string messageId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.Username))
        {
            await client.AuthenticateAsync(settings.Smtp.Username, settings.Smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(MimeMessages.Create(message, messageId, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

internal static class MimeMessages
{
    public static MimeMessage Create(EmailMessage message, string messageId, EmailOptions settings)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{messageId}@verzuim" };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }
}
