using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Cases;

/// <summary>
/// What of the dossiers a caller may reach: an employee their own dossiers and, in them, the published documents of
/// visible types and their own; employer users everything of their employer's dossiers; API clients nothing, ever.
/// Every read and change starts here, so a foreign, internal or malformed id is simply not found.
/// </summary>
internal static class DossierScope
{
    public static IQueryable<Dossier> VisibleTo(this IQueryable<Dossier> dossiers, Caller caller) => caller switch
    {
        EmployeeCaller self => dossiers.Where(d => d.EmployeeId == self.EmployeeId && d.EmployerId == self.Employer && d.Status != DossierStatus.Withdrawn),
        EmployerUserCaller user => dossiers.Where(d => d.EmployerId == user.Employer),
        _ => dossiers.Where(d => false),
    };

    public static IQueryable<DossierDocument> VisibleTo(this IQueryable<DossierDocument> documents, Caller caller) => caller switch
    {
        EmployeeCaller self => documents.Where(d => d.EmployeeId == self.EmployeeId && d.EmployerId == self.Employer
            && d.Status == DocumentStatus.Published
            && d.VisibleToEmployee && (d.DocumentType.VisibleToEmployee || d.Author == DocumentAuthor.Employee)),
        EmployerUserCaller user => documents.Where(d => d.EmployerId == user.Employer),
        _ => documents.Where(d => false),
    };

    public static async Task<Dossier?> FindDossierAsync(this DossiersDbContext db, Caller caller, string? globalId, CancellationToken cancellationToken) =>
        GlobalId.TryDecode(globalId, Dossier.TypeName, out var id)
            ? await db.Dossiers.VisibleTo(caller).Include(d => d.Periods).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            : null;

    /// <summary>A document by its internal id, for answering a repeated request with what the first one created.</summary>
    public static Task<DossierDocument> LoadDocumentAsync(this DossiersDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Include(d => d.DocumentType).Include(d => d.Response).SingleAsync(d => d.Id == id, cancellationToken);

    public static async Task<DossierDocument?> FindDocumentAsync(this DossiersDbContext db, Caller caller, string? globalId, CancellationToken cancellationToken) =>
        GlobalId.TryDecode(globalId, DossierDocument.TypeName, out var id) ? await db.FindDocumentAsync(caller, id, cancellationToken) : null;

    public static Task<DossierDocument?> FindDocumentAsync(this DossiersDbContext db, Caller caller, Guid id, CancellationToken cancellationToken) =>
        db.Documents.VisibleTo(caller).Include(d => d.DocumentType).Include(d => d.Response).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
}
