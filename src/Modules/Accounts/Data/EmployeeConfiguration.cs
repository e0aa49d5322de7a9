using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId);
        builder.Property(e => e.ExternalKey).HasMaxLength(EmployeeLimits.ExternalKey);
        builder.Property(e => e.FirstName).HasMaxLength(EmployeeLimits.Name);
        builder.Property(e => e.LastNamePrefix).HasMaxLength(EmployeeLimits.LastNamePrefix);
        builder.Property(e => e.LastName).HasMaxLength(EmployeeLimits.Name);
        builder.Property(e => e.Email).HasMaxLength(Shared.EmailAddress.MaxLength);
        builder.Property(e => e.EmailNormalized).HasMaxLength(Shared.EmailAddress.MaxLength * 2);
        builder.Property(e => e.MobilePhone).HasMaxLength(16);
        builder.Ignore(e => e.DisplayName);
        builder.HasIndex(e => new { e.EmployerId, e.ExternalKey }).IsUnique();
        builder.HasIndex(e => new { e.EmployerId, e.EmailNormalized }).IsUnique();
        builder.HasIndex(e => new { e.EmployerId, e.CreatedAt, e.Id });
    }
}
