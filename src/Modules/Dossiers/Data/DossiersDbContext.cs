using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Files;

namespace Verzuim.Dossiers.Data;

internal sealed class DossiersDbContext(DbContextOptions<DossiersDbContext> options) : DbContext(options)
{
    public const string Schema = "dossiers";

    public DbSet<ProjectionCheckpoint> Checkpoints => Set<ProjectionCheckpoint>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();
    public DbSet<Upload> Uploads => Set<Upload>();
    public DbSet<DossierDocument> Documents => Set<DossierDocument>();
    public DbSet<DocumentResponse> Responses => Set<DocumentResponse>();
    public DbSet<DossierMessage> Messages => Set<DossierMessage>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    /// <summary>
    /// A transaction in which one account's submissions are written one at a time, so two copies of one submission
    /// (a double click, a resent form) find each other instead of both being written.
    /// </summary>
    public async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginOneAtATimeForAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await this.LockUntilCommitAsync(accountId.ToString(), cancellationToken);
        return transaction;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<ProjectionCheckpoint>(checkpoint =>
        {
            checkpoint.HasKey(c => c.Name);
            checkpoint.Property(c => c.Name).HasMaxLength(64);
        });
        modelBuilder.Entity<Dossier>(dossier =>
        {
            dossier.HasKey(d => d.Id);
            dossier.Property(d => d.Id).ValueGeneratedNever();
            dossier.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            dossier.Ignore(d => d.IsOpen);
            dossier.HasMany(d => d.Periods).WithOne().HasForeignKey(p => p.DossierId);
            dossier.HasIndex(d => new { d.EmployerId, d.CreatedAt });
            dossier.HasIndex(d => d.EmployeeId);
        });
        modelBuilder.Entity<DossierPeriod>(period =>
        {
            period.ToTable("dossier_periods");
            period.HasKey(p => p.AbsenceId);
            period.Property(p => p.AbsenceId).ValueGeneratedNever();
        });
        modelBuilder.Entity<DocumentType>(type =>
        {
            type.HasKey(t => t.Id);
            type.Property(t => t.Code).HasMaxLength(64);
            type.Property(t => t.Name).HasMaxLength(DocumentType.MaxNameLength);
            type.Property(t => t.Response).HasConversion<string>().HasMaxLength(16);
            type.HasIndex(t => new { t.EmployerId, t.Code }).IsUnique();
            type.HasIndex(t => new { t.EmployerId, t.Name }).IsUnique();
        });
        modelBuilder.Entity<Upload>(upload =>
        {
            upload.HasKey(u => u.Id);
            upload.Ignore(u => u.GlobalId);
            upload.ComplexProperty(u => u.File, FileColumns);
            upload.HasIndex(u => new { u.AccountId, u.CreatedAt });
        });
        modelBuilder.Entity<DossierDocument>(document =>
        {
            document.HasKey(d => d.Id);
            document.Property(d => d.Title).HasMaxLength(DossierDocument.MaxTitleLength);
            document.Property(d => d.Text).HasMaxLength(DossierDocument.MaxTextLength);
            document.Property(d => d.AuthorName).HasMaxLength(200);
            document.Property(d => d.Author).HasConversion<string>().HasMaxLength(16);
            document.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            document.Ignore(d => d.IsPublished);
            document.Property(d => d.AskedResponse).HasConversion<string>().HasMaxLength(16);
            document.ComplexProperty(d => d.File, FileColumns);
            document.HasOne(d => d.DocumentType).WithMany().HasForeignKey(d => d.DocumentTypeId);
            document.HasOne(d => d.Response).WithOne().HasForeignKey<DocumentResponse>(r => r.DocumentId);
            document.HasOne<Dossier>().WithMany().HasForeignKey(d => d.DossierId);
            document.HasIndex(d => new { d.DossierId, d.CreatedAt });
            document.HasIndex(d => new { d.EmployeeId, d.Status });
        });
        modelBuilder.Entity<DocumentResponse>(response =>
        {
            // Keyed by the document: a second response to the same document cannot be written, however it is sent.
            response.HasKey(r => r.DocumentId);
            response.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            response.Property(r => r.Comment).HasMaxLength(DocumentResponse.MaxCommentLength);
        });
        modelBuilder.Entity<DossierMessage>(message =>
        {
            message.HasKey(m => m.Id);
            message.Property(m => m.From).HasConversion<string>().HasMaxLength(16);
            message.Property(m => m.AuthorName).HasMaxLength(200);
            message.Property(m => m.Body).HasMaxLength(DossierMessage.MaxBodyLength);
            message.HasOne<Dossier>().WithMany().HasForeignKey(m => m.DossierId);
            message.HasIndex(m => new { m.DossierId, m.CreatedAt });
            message.HasIndex(m => new { m.EmployeeId, m.From }).HasFilter("read_at IS NULL").HasDatabaseName("ix_messages_unread");
        });
        modelBuilder.Entity<FileContent>(file =>
        {
            file.ToTable("files");
            file.HasKey(f => f.Id);
            file.Property(f => f.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<AccessLogEntry>(entry =>
        {
            entry.ToTable("access_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.What).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.AccessorKind).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.AccessorName).HasMaxLength(200);
            entry.Property(e => e.DocumentTitle).HasMaxLength(DossierDocument.MaxTitleLength);
            entry.HasIndex(e => new { e.EmployeeId, e.CreatedAt });
            entry.HasIndex(e => new { e.EmployerId, e.CreatedAt });
        });
        modelBuilder.AddIdempotentRequests();
        modelBuilder.AddEmailOutbox();
        modelBuilder.UseSnakeCaseNames();
    }

    private static void FileColumns(Microsoft.EntityFrameworkCore.Metadata.Builders.ComplexPropertyBuilder<StoredFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(FileRules.MaxNameLength);
        file.Property(f => f.ContentType).HasMaxLength(32);
        file.Property(f => f.Sha256).HasMaxLength(64);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.</summary>
internal sealed class DesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<DossiersDbContext>
{
    public DossiersDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DossiersDbContext>();
        options.UseModuleSchema("Host=localhost;Database=verzuim_design", DossiersDbContext.Schema);
        return new DossiersDbContext(options.Options);
    }
}

/// <summary>The bytes of one file; mapped for the migrations only, read and written by <c>PostgresFileStore</c>.</summary>
internal sealed class FileContent
{
    public Guid Id { get; set; }
    public byte[] Content { get; set; } = [];
}
