using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<Employer>().WithMany().HasForeignKey(a => a.EmployerId);
        builder.HasOne<Employee>().WithOne().HasForeignKey<Account>(a => a.EmployeeId);
        builder.HasOne<EmployerUser>().WithOne().HasForeignKey<Account>(a => a.EmployerUserId);
        builder.Property(a => a.EmailNormalized).HasMaxLength(Shared.EmailAddress.MaxLength * 2);
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.HasIndex(a => a.EmailNormalized).IsUnique();
        builder.ToTable(table => table.HasCheckConstraint("ck_accounts_one_holder", "(employee_id IS NULL) <> (employer_user_id IS NULL)"));
    }
}

internal sealed class LoginThrottleConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> builder) => builder.HasKey(t => t.EmailKey);
}
