using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Reading;

/// <param name="NewDocuments">Documents from the employer that the employee has not opened yet.</param>
/// <param name="AwaitingResponse">Documents still waiting for the employee's gelezen or akkoord.</param>
/// <param name="UnreadMessages">Messages to the viewer that the viewer has not read yet.</param>
internal sealed record DossierCounts(int NewDocuments, int AwaitingResponse, int UnreadMessages)
{
    public static readonly DossierCounts None = new(0, 0, 0);
}

/// <summary>The counts per dossier, in three grouped queries for any number of dossiers.</summary>
internal sealed class DossierCounter(DossiersDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, DossierCounts>> ForAsync(Caller caller, IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        var employerDocuments = db.Documents.VisibleTo(caller)
            .Where(d => dossierIds.Contains(d.DossierId) && d.Status == DocumentStatus.Published && d.Author == DocumentAuthor.Employer
                && d.VisibleToEmployee && d.DocumentType.VisibleToEmployee);
        var unopened = await employerDocuments.Where(d => d.FirstOpenedAt == null)
            .GroupBy(d => d.DossierId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var awaiting = await employerDocuments.Where(d => d.AskedResponse != ResponseKind.None && d.Response == null)
            .GroupBy(d => d.DossierId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var from = caller is EmployeeCaller ? MessageSender.Employer : MessageSender.Employee;
        var unread = await db.Messages.Where(m => dossierIds.Contains(m.DossierId) && m.EmployerId == caller.EmployerId && m.From == from && m.ReadAt == null)
            .GroupBy(m => m.DossierId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return dossierIds.ToDictionary(id => id, id => new DossierCounts(
            unopened.GetValueOrDefault(id), awaiting.GetValueOrDefault(id), unread.GetValueOrDefault(id)));
    }

    /// <summary>The employee's counts over all their dossiers, for the dashboard.</summary>
    public async Task<DossierCounts> TotalForAsync(EmployeeCaller employee, CancellationToken cancellationToken)
    {
        var dossierIds = await db.Dossiers.VisibleTo(employee).Select(d => d.Id).ToListAsync(cancellationToken);
        var counts = await ForAsync(employee, dossierIds, cancellationToken);
        return new DossierCounts(counts.Values.Sum(c => c.NewDocuments), counts.Values.Sum(c => c.AwaitingResponse), counts.Values.Sum(c => c.UnreadMessages));
    }
}
