using System.ComponentModel.DataAnnotations;

namespace Verzuim.BuildingBlocks.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "";

    [Required]
    public string FromName { get; set; } = "Verzuim werknemerportaal";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where the development outbox writes mails as .eml files. Used only with <see cref="EmailDelivery.DevelopmentOutbox"/>.</summary>
    public string DevelopmentOutboxPath { get; set; } = "../../.data/outbox";
}

public enum EmailDelivery
{
    Smtp,

    /// <summary>Writes mails to a local folder for a developer to read. Refused outside the Development environment.</summary>
    DevelopmentOutbox,
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>StartTls when the server offers it (the default), Tls for implicit TLS, None only on loopback.</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable;

    public string? Username { get; set; }

    public string? Password { get; set; }
}
