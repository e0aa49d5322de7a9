using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : DbContext(options)
{
    public const string Schema = "accounts";

    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<EmployerUser> EmployerUsers => Set<EmployerUser>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<InvitationToken> InvitationTokens => Set<InvitationToken>();
    public DbSet<InvitationReminder> InvitationReminders => Set<InvitationReminder>();
    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
        modelBuilder.AddEmailOutbox();
        modelBuilder.AddIdempotentRequests();
        modelBuilder.UseSnakeCaseNames();
    }
}
