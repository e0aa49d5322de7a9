using System.ComponentModel.DataAnnotations;

namespace Verzuim.BuildingBlocks.Email;

public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    /// <summary>
    /// Base64 of 32 random bytes that seal mail bodies while they wait in the outbox. The same on every instance;
    /// losing it loses only the mails not yet delivered.
    /// </summary>
    [Required]
    public string BodyKey { get; set; } = "";

    internal byte[] BodyKeyBytes => Convert.FromBase64String(BodyKey);

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "";

    [Required]
    public string FromName { get; set; } = "Verzuim werknemerportaal";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where the development outbox writes mails as .eml files. Used only with <see cref="EmailDelivery.DevelopmentOutbox"/>.</summary>
    public string DevelopmentOutboxPath { get; set; } = "../../.data/outbox";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Sealed.IsKey(BodyKey))
        {
            yield return new ValidationResult("Email:BodyKey must be the base64 of exactly 32 random bytes.", [nameof(BodyKey)]);
        }
    }
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
