using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasOne<Employer>().WithMany().HasForeignKey(i => i.EmployerId);
        builder.HasOne<Employee>().WithMany().HasForeignKey(i => i.EmployeeId);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.EmailNormalized).HasMaxLength(Shared.EmailAddress.MaxLength * 2);
        // One open invitation per employee, also when two employer users invite at the same moment.
        builder.HasIndex(i => i.EmployeeId).IsUnique().HasFilter("state = 'Open'").HasDatabaseName("ix_invitations_one_open_per_employee");
        builder.HasIndex(i => i.TicketHash).IsUnique().HasFilter("ticket_hash IS NOT NULL");
        builder.HasIndex(i => new { i.EmployerId, i.CreatedAt, i.Id });
        builder.HasIndex(i => i.LastSentAt).HasFilter("state = 'Open'");
    }
}

internal sealed class InvitationTokenConfiguration : IEntityTypeConfiguration<InvitationToken>
{
    public void Configure(EntityTypeBuilder<InvitationToken> builder)
    {
        builder.HasKey(t => t.TokenHash);
        builder.HasOne<Invitation>().WithMany().HasForeignKey(t => t.InvitationId);
        builder.HasIndex(t => t.InvitationId);
    }
}

internal sealed class InvitationReminderConfiguration : IEntityTypeConfiguration<InvitationReminder>
{
    public void Configure(EntityTypeBuilder<InvitationReminder> builder)
    {
        builder.HasKey(r => new { r.InvitationId, r.Generation, r.Slot });
        builder.HasOne<Invitation>().WithMany().HasForeignKey(r => r.InvitationId);
    }
}
