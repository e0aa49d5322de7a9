using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Paging;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.AccessLog;

/// <param name="ShowsDocument">Whether the reader may see which document was read: an employee never learns the title of an internal one.</param>
internal sealed record AccessLogRow(AccessLogEntry Entry, bool ShowsDocument);

/// <summary>The access log as its readers may see it: employees the reads of their own dossiers, HR those of the employer's.</summary>
internal sealed class AccessLogReader(DossiersDbContext db)
{
    /// <param name="readByEmployee">True for the employee's own reads only, false for the employer users' reads only, null for all.</param>
    public async Task<PageOf<AccessLogRow>> ReadAsync(Caller caller, Guid? employeeId, bool? readByEmployee, Page page, CancellationToken cancellationToken)
    {
        var entries = db.AccessLog.AsNoTracking();
        entries = caller is EmployeeCaller self
            ? entries.Where(e => e.EmployeeId == self.EmployeeId && e.EmployerId == self.Employer)
            : entries.Where(e => e.EmployerId == caller.EmployerId);
        if (employeeId is { } employee)
        {
            entries = entries.Where(e => e.EmployeeId == employee);
        }
        if (readByEmployee is { } own)
        {
            entries = own ? entries.Where(e => e.AccessorKind == AccessorKind.Employee) : entries.Where(e => e.AccessorKind != AccessorKind.Employee);
        }
        var rows = await entries.ReadPageAsync(page, cancellationToken);
        var documentIds = rows.Where(e => e.DocumentId is not null).Select(e => e.DocumentId!.Value).Distinct().ToList();
        var visible = caller is EmployeeCaller
            ? (await db.Documents.VisibleTo(caller).Where(d => documentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet()
            : documentIds.ToHashSet();
        var shown = rows.Select(e => new AccessLogRow(e, e.DocumentId is { } id && visible.Contains(id))).ToList();
        return PageOf.From(shown, page, row => (row.Entry.CreatedAt, row.Entry.Id));
    }
}
