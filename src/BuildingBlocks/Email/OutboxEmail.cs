using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>
/// A mail waiting to be delivered, written in the same transaction as the change it reports, so a crash can never
/// keep one without the other. The body is erased once delivered: it may hold a single-use link.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail() { }

    public Guid Id { get; private set; }
    public string Recipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string? HtmlBody { get; private set; }
    public string? TextBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public const int MaxAttempts = 12;

    public static OutboxEmail For(EmailMessage message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Recipient = message.To,
        Subject = message.Subject,
        HtmlBody = message.HtmlBody,
        TextBody = message.TextBody,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public EmailMessage ToMessage() => new(Recipient, Subject, HtmlBody ?? "", TextBody ?? "");

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        HtmlBody = null;
        TextBody = null;
        LastError = null;
    }

    /// <summary>Retries back off exponentially (30 s, 1 min, 2 min … capped at 1 h); after the last attempt it stays failed.</summary>
    public void MarkFailed(Exception error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.GetType().Name;
        var delay = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Attempts - 1)));
        NextAttemptAt = Attempts >= MaxAttempts ? DateTimeOffset.MaxValue : now + delay;
    }

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
