using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>
/// A mail waiting to be delivered, written in the same transaction as the change it reports, so a crash can never
/// keep one without the other. Its bodies may hold a single-use link, so they are stored sealed (<see cref="Sealed"/>
/// under `Email:BodyKey`, bound to the mail's id) and erased once the mail is delivered or parked.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail() { }

    public Guid Id { get; private set; }
    public string Recipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    /// <summary>Sealed, in base64; null once delivered or parked.</summary>
    public string? HtmlBody { get; private set; }

    /// <summary>Sealed, in base64; null once delivered or parked.</summary>
    public string? TextBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public const int MaxAttempts = 12;

    /// <summary>A mail that failed its last attempt; it waits for an operator and shows on `/health/ready`.</summary>
    public bool IsParked => SentAt is null && Attempts >= MaxAttempts;

    public static OutboxEmail For(EmailMessage message, byte[] bodyKey, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new()
        {
            Id = id,
            Recipient = message.To,
            Subject = message.Subject,
            HtmlBody = Seal(bodyKey, message.HtmlBody, id),
            TextBody = Seal(bodyKey, message.TextBody, id),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public EmailMessage ToMessage(byte[] bodyKey) => new(Recipient, Subject, Open(bodyKey, HtmlBody, Id), Open(bodyKey, TextBody, Id));

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        HtmlBody = null;
        TextBody = null;
        LastError = null;
    }

    /// <summary>
    /// Retries back off exponentially (30 s, 1 min, 2 min … capped at 1 h). After the last attempt the mail is parked:
    /// its body is erased (a link in it would be stale by the time anyone looked) and only who, what and why remain.
    /// </summary>
    public void MarkFailed(Exception error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.GetType().Name;
        var delay = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Attempts - 1)));
        NextAttemptAt = IsParked ? DateTimeOffset.MaxValue : now + delay;
        if (IsParked)
        {
            HtmlBody = null;
            TextBody = null;
        }
    }

    private static string Seal(byte[] key, string body, Guid id) => Convert.ToBase64String(Sealed.Seal(key, Encoding.UTF8.GetBytes(body), id));

    private static string Open(byte[] key, string? body, Guid id) =>
        body is null ? "" : Encoding.UTF8.GetString(Sealed.Open(key, Convert.FromBase64String(body), id));

    internal sealed class Configuration : IEntityTypeConfiguration<OutboxEmail>
    {
        public void Configure(EntityTypeBuilder<OutboxEmail> builder)
        {
            builder.ToTable("outbox_emails");
            builder.HasKey(e => e.Id);
            builder.Property(e => e.Recipient).HasMaxLength(320);
            builder.Property(e => e.Subject).HasMaxLength(300);
            builder.Property(e => e.LastError).HasMaxLength(200);
            builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL");
        }
    }
}

public static class OutboxEmailModel
{
    /// <summary>Adds the outbox table to a module's model, in the module's own schema.</summary>
    public static ModelBuilder AddEmailOutbox(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new OutboxEmail.Configuration());
}
