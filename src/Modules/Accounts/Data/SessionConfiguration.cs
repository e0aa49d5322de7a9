using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.AccountId).HasFilter("ended_at IS NULL");
    }
}
