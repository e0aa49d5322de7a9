using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Absence.Data;

internal sealed class AbsenceDbContext(DbContextOptions<AbsenceDbContext> options) : DbContext(options)
{
    public const string Schema = "absence";

    public DbSet<AbsenceSettings> Settings => Set<AbsenceSettings>();
    public DbSet<EmployeeAbsence> Absences => Set<EmployeeAbsence>();
    public DbSet<HistoryLine> HistoryLines => Set<HistoryLine>();
    public DbSet<AbsenceEvent> Events => Set<AbsenceEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<AbsenceSettings>(settings =>
        {
            settings.HasKey(s => s.EmployerId);
            settings.Ignore(s => s.EmployeeWindow);
            settings.Ignore(s => s.EmployerWindow);
            settings.Property(s => s.Contacts).HasColumnType("jsonb").HasConversion(
                contacts => JsonSerializer.Serialize(contacts, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<Contact>>(json, JsonSerializerOptions.Default) ?? new List<Contact>(),
                new ValueComparer<List<Contact>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, c) => HashCode.Combine(hash, c)), list => list.ToList()));
        });
        modelBuilder.Entity<EmployeeAbsence>(absence =>
        {
            absence.HasKey(a => a.Id);
            absence.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            absence.Property(a => a.Reason).HasConversion<string>().HasMaxLength(32);
            absence.Property(a => a.EmployeeKey).HasMaxLength(100);
            absence.Property(a => a.HoursWorkedOnFirstDay).HasPrecision(4, 2);
            absence.Property(a => a.Version).IsConcurrencyToken();
            absence.Ignore(a => a.IsOpen);
            absence.Ignore(a => a.Period);
            absence.Ignore(a => a.LatestEffectiveDay);
            absence.ComplexProperty(a => a.SickReport, report =>
            {
                report.Property(r => r.ContactPhone).HasMaxLength(16);
                report.Property(r => r.ExpectedDuration).HasConversion<string>().HasMaxLength(16);
                report.Property(r => r.Handover).HasMaxLength(SickReport.MaxHandoverLength);
                report.Property(r => r.SafetyNet).HasConversion<string>().HasMaxLength(32);
                report.ComplexProperty(r => r.StayAddress, address =>
                {
                    address.Property(a => a.Street).HasMaxLength(StayAddress.MaxPartLength);
                    address.Property(a => a.PostalCode).HasMaxLength(StayAddress.MaxPartLength);
                    address.Property(a => a.City).HasMaxLength(StayAddress.MaxPartLength);
                    address.Property(a => a.Institution).HasMaxLength(StayAddress.MaxPartLength);
                });
            });
            absence.HasIndex(a => a.EmployeeId).IsUnique().HasDatabaseName(OneOpenAbsencePerEmployee.IndexName).HasFilter(OneOpenAbsencePerEmployee.IndexFilter);
            absence.HasIndex(a => new { a.EmployerId, a.FirstDay });
            absence.HasIndex(a => new { a.EmployeeId, a.FirstDay });
            absence.HasIndex(a => a.CaseId);
            absence.HasMany(a => a.History).WithOne().HasForeignKey(line => line.AbsenceId);
        });
        modelBuilder.Entity<HistoryLine>(line =>
        {
            line.HasKey(l => l.Id);
            // Lines get their id when recorded; a new line reached through its absence is an insert, never an update.
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
            line.Property(l => l.Reason).HasConversion<string>().HasMaxLength(32);
            line.Property(l => l.By).HasConversion<string>().HasMaxLength(16);
            line.HasIndex(l => new { l.AbsenceId, l.Number }).IsUnique();
        });
        modelBuilder.Entity<AbsenceEvent>(absenceEvent =>
        {
            absenceEvent.HasKey(e => e.Id);
            absenceEvent.Property(e => e.Id).UseIdentityAlwaysColumn();
            absenceEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
            absenceEvent.Property(e => e.Reason).HasConversion<string>().HasMaxLength(32);
            absenceEvent.Property(e => e.EmployeeKey).HasMaxLength(100);
            absenceEvent.Property(e => e.HoursWorkedOnFirstDay).HasPrecision(4, 2);
            absenceEvent.HasIndex(e => e.Position).IsUnique();
            absenceEvent.HasIndex(e => new { e.EmployerId, e.EmployerPosition }).IsUnique();
            absenceEvent.HasIndex(e => e.Id).HasDatabaseName("ix_events_awaiting_position").HasFilter("position IS NULL");
        });
        modelBuilder.AddIdempotentRequests();
        modelBuilder.AddEmailOutbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.</summary>
internal sealed class DesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<AbsenceDbContext>
{
    public AbsenceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AbsenceDbContext>();
        options.UseModuleSchema("Host=localhost;Database=verzuim_design", AbsenceDbContext.Schema);
        return new AbsenceDbContext(options.Options);
    }
}
