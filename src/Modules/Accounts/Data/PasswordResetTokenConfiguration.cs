using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class PasswordResetTokenConfiguration : IEntityTypeConfiguration<PasswordResetToken>
{
    public void Configure(EntityTypeBuilder<PasswordResetToken> builder)
    {
        builder.HasKey(t => t.TokenHash);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);
        builder.HasIndex(t => t.AccountId);
    }
}
