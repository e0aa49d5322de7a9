using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.SecondFactor.Policies;

namespace Verzuim.SecondFactor.Data;

internal sealed class SecondFactorDbContext(DbContextOptions<SecondFactorDbContext> options) : DbContext(options)
{
    public const string Schema = "second_factor";

    public DbSet<EmployerPolicy> Policies => Set<EmployerPolicy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<EmployerPolicy>(policy =>
        {
            policy.ToTable("employer_policies");
            policy.HasKey(p => p.EmployerId);
            policy.Ignore(p => p.AllowedMethods);
        });
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.</summary>
internal sealed class DesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<SecondFactorDbContext>
{
    public SecondFactorDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SecondFactorDbContext>();
        options.UseModuleSchema("Host=localhost;Database=verzuim_design", SecondFactorDbContext.Schema);
        return new SecondFactorDbContext(options.Options);
    }
}
