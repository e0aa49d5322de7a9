using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Data;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId);
        builder.Property(c => c.Name).HasMaxLength(ApiClient.MaxNameLength);
        builder.Property(c => c.KeyPrefix).HasMaxLength(ApiClient.VisiblePrefixLength);
        builder.Ignore(c => c.Scopes);
        builder.HasIndex(c => c.KeyHash).IsUnique();
    }
}
