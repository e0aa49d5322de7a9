using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Data;

internal sealed class SecondFactorDbContext(DbContextOptions<SecondFactorDbContext> options) : DbContext(options)
{
    public const string Schema = "second_factor";

    public DbSet<EmployerPolicy> Policies => Set<EmployerPolicy>();
    public DbSet<Factor> Factors => Set<Factor>();
    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();
    public DbSet<VerificationAttempt> VerificationAttempts => Set<VerificationAttempt>();
    public DbSet<SecondStepGuesses> SecondStepGuesses => Set<SecondStepGuesses>();
    public DbSet<SmsChallenge> SmsChallenges => Set<SmsChallenge>();
    public DbSet<WebAuthnChallenge> WebAuthnChallenges => Set<WebAuthnChallenge>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<UnfinishedEnrollment> UnfinishedEnrollments => Set<UnfinishedEnrollment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<EmployerPolicy>(policy =>
        {
            policy.ToTable("employer_policies");
            policy.HasKey(p => p.EmployerId);
            policy.Ignore(p => p.AllowedMethods);
            policy.Ignore(p => p.AllowedSmsCountries);
            policy.Property<string[]?>("SmsCountryCodes");
        });
        modelBuilder.Entity<Factor>(factor =>
        {
            factor.HasKey(f => f.Id);
            factor.Property(f => f.Method).HasConversion<string>().HasMaxLength(32);
            factor.Property(f => f.Name).HasMaxLength(Factor.MaxNameLength);
            factor.Ignore(f => f.IsActive);
            factor.HasIndex(f => f.AccountId);
            factor.Property(f => f.PhoneNumber).HasMaxLength(16);
            // A credential belongs to one account only (SECURITY, "Second factor": WebAuthn).
            factor.HasIndex(f => f.CredentialId).IsUnique().HasFilter("credential_id IS NOT NULL");
        });
        modelBuilder.Entity<UnfinishedEnrollment>(unfinished => unfinished.HasKey(u => u.SessionId));
        modelBuilder.Entity<RecoveryCode>(code =>
        {
            code.HasKey(c => c.Id);
            code.HasIndex(c => new { c.AccountId, c.CodeHash });
        });
        modelBuilder.Entity<VerificationAttempt>(attempt => attempt.HasKey(a => a.SessionId));
        modelBuilder.Entity<SecondStepGuesses>(guesses =>
        {
            guesses.ToTable("second_step_guesses");
            guesses.HasKey(g => g.AccountId);
        });
        modelBuilder.Entity<WebAuthnChallenge>(challenge =>
        {
            challenge.HasKey(c => c.Id);
            challenge.HasIndex(c => new { c.SessionId, c.CreatedAt });
        });
        modelBuilder.Entity<SecurityEvent>(securityEvent =>
        {
            securityEvent.HasKey(e => e.Id);
            securityEvent.Property(e => e.Kind).HasMaxLength(64);
            securityEvent.HasIndex(e => new { e.AccountId, e.At });
        });
        modelBuilder.Entity<SmsChallenge>(challenge =>
        {
            challenge.HasKey(c => c.Id);
            challenge.HasIndex(c => new { c.SessionId, c.CreatedAt });
            challenge.HasIndex(c => new { c.AccountId, c.CreatedAt });
        });
        modelBuilder.AddEmailOutbox();
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
