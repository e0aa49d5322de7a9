using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Paging;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Reading;

/// <summary>The parts of a dossier's content; reading any of them is logged.</summary>
[Flags]
internal enum DossierParts
{
    None = 0,
    Documents = 1,
    Timeline = 2,
    Messages = 4,
}

/// <summary>A dossier with its counts; the content parts are filled only when they were read (and logged).</summary>
internal sealed record DossierView(Dossier Dossier, DossierCounts Counts)
{
    public IReadOnlyList<DossierDocument>? Documents { get; init; }
    public IReadOnlyList<DossierMessage>? Messages { get; init; }
    public IReadOnlyList<TimelineEntry>? Timeline { get; init; }
}

internal sealed record DossierFilter(Guid? EmployeeId, Guid? AbsenceId, DossierStatus? Status);

/// <summary>Reading dossiers. The lists carry no content; opening one dossier reads content and leaves one access-log entry.</summary>
internal sealed class DossierQueries(
    DossiersDbContext db, DossierCounter counter, AccessLogWriter accessLog, DossierTimeline timeline, TimeProvider clock)
{
    public const int MaxOwnDossiers = 100;

    /// <summary>The employee's dossiers: open ones first, then closed ones, latest ended first.</summary>
    public async Task<IReadOnlyList<DossierView>> MineAsync(EmployeeCaller employee, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTracking().VisibleTo(employee).Include(d => d.Periods)
            .OrderBy(d => d.Status == DossierStatus.Open ? 0 : 1).ThenByDescending(d => d.ClosedOn).ThenByDescending(d => d.FirstDay)
            .Take(MaxOwnDossiers).ToListAsync(cancellationToken);
        var counts = await counter.ForAsync(employee, [.. dossiers.Select(d => d.Id)], cancellationToken);
        return [.. dossiers.Select(d => new DossierView(d, counts[d.Id]))];
    }

    /// <summary>The employer's dossiers, newest case first.</summary>
    public async Task<PageOf<DossierView>> ListAsync(EmployerUserCaller user, DossierFilter filter, Page page, CancellationToken cancellationToken)
    {
        IQueryable<Dossier> dossiers = db.Dossiers.AsNoTracking().VisibleTo(user).Include(d => d.Periods);
        if (filter.EmployeeId is { } employeeId)
        {
            dossiers = dossiers.Where(d => d.EmployeeId == employeeId);
        }
        if (filter.AbsenceId is { } absenceId)
        {
            dossiers = dossiers.Where(d => d.Periods.Any(p => p.AbsenceId == absenceId));
        }
        if (filter.Status is { } status)
        {
            dossiers = dossiers.Where(d => d.Status == status);
        }
        var rows = await dossiers.ReadPageAsync(page, cancellationToken);
        var counts = await counter.ForAsync(user, [.. rows.Select(d => d.Id)], cancellationToken);
        var views = rows.Select(d => new DossierView(d, counts[d.Id])).ToList();
        return PageOf.From(views, page, view => (view.Dossier.CreatedAt, view.Dossier.Id));
    }

    /// <summary>
    /// Opens one dossier and reads the parts asked for, after writing the access-log entry that says so. Messages to
    /// the reader count as read from now on. Null for a foreign, withdrawn or malformed id.
    /// </summary>
    public async Task<DossierView?> OpenAsync(SessionCaller caller, string dossierId, DossierParts parts, CancellationToken cancellationToken)
    {
        var dossier = await db.FindDossierAsync(caller, dossierId, cancellationToken);
        if (dossier is null)
        {
            return null;
        }
        if (parts != DossierParts.None)
        {
            await accessLog.DossierReadAsync(caller, dossier, PartNames(parts), cancellationToken);
        }
        IReadOnlyList<DossierDocument>? documents = null;
        IReadOnlyList<DossierMessage>? messages = null;
        if (parts.HasFlag(DossierParts.Documents) || parts.HasFlag(DossierParts.Timeline))
        {
            documents = await db.Documents.AsNoTracking().VisibleTo(caller).Include(d => d.DocumentType).Include(d => d.Response)
                .Where(d => d.DossierId == dossier.Id).OrderByDescending(d => d.CreatedAt).ToListAsync(cancellationToken);
        }
        if (parts.HasFlag(DossierParts.Messages) || parts.HasFlag(DossierParts.Timeline))
        {
            messages = await db.Messages.AsNoTracking().Where(m => m.DossierId == dossier.Id).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        }
        if (parts.HasFlag(DossierParts.Messages))
        {
            await MarkReadAsync(caller, dossier.Id, cancellationToken);
        }
        var counts = (await counter.ForAsync(caller, [dossier.Id], cancellationToken))[dossier.Id];
        return new DossierView(dossier, counts)
        {
            Documents = parts.HasFlag(DossierParts.Documents) ? documents : null,
            Messages = parts.HasFlag(DossierParts.Messages) ? messages : null,
            Timeline = parts.HasFlag(DossierParts.Timeline) ? timeline.For(caller, dossier, documents!, messages!) : null,
        };
    }

    private async Task MarkReadAsync(SessionCaller caller, Guid dossierId, CancellationToken cancellationToken)
    {
        var to = caller is EmployeeCaller ? MessageSender.Employer : MessageSender.Employee;
        var now = clock.GetUtcNow();
        await db.Messages.Where(m => m.DossierId == dossierId && m.From == to && m.ReadAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(m => m.ReadAt, now), cancellationToken);
    }

    private static string[] PartNames(DossierParts parts) =>
        [.. Enum.GetValues<DossierParts>().Where(part => part != DossierParts.None && parts.HasFlag(part)).Select(part => part.ToString().ToLowerInvariant())];
}
