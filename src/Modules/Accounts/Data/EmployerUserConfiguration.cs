using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class EmployerUserConfiguration : IEntityTypeConfiguration<EmployerUser>
{
    public void Configure(EntityTypeBuilder<EmployerUser> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId);
        builder.Property(e => e.Name).HasMaxLength(EmployerUser.MaxNameLength);
        builder.Property(e => e.Email).HasMaxLength(Shared.EmailAddress.MaxLength);
        builder.Property(e => e.EmailNormalized).HasMaxLength(Shared.EmailAddress.MaxLength * 2);
        builder.Property(e => e.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(e => new { e.EmployerId, e.EmailNormalized }).IsUnique();
    }
}
