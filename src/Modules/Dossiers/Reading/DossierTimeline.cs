using Verzuim.Absence.Contracts;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.Dates;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Reading;

internal enum TimelineEntryKind
{
    Reported,
    Recovered,
    DocumentPublished,
    ViewpointAdded,
    DocumentAcknowledged,
    DocumentSigned,
    MessageFromEmployee,
    MessageFromEmployer,
    PoortwachterStep,
}

/// <param name="At">The moment, for what happened in the portal; null for dates (a first day, a step's deadline).</param>
/// <param name="Title">The document's title, or the Poortwachter step's name (`PLAN_OF_ACTION`).</param>
internal sealed record TimelineEntry(TimelineEntryKind Kind, DateOnly On, DateTimeOffset? At, string? Title, Guid? DocumentId, bool Upcoming);

/// <summary>
/// The dossier's timeline (DOMAIN §7): reports and recoveries, documents and responses, messages, and the
/// Poortwachter steps from the law's schedule over the case's periods, oldest first. Messages appear by sender and
/// moment only; their text stays in the messages.
/// </summary>
internal sealed class DossierTimeline(IPoortwachterSchedule schedule, TimeProvider clock)
{
    public IReadOnlyList<TimelineEntry> For(Caller caller, Dossier dossier, IReadOnlyList<DossierDocument> documents, IReadOnlyList<DossierMessage> messages)
    {
        var today = DutchDates.Today(clock);
        var entries = new List<TimelineEntry>();
        var periods = dossier.ActivePeriods();
        foreach (var period in periods)
        {
            entries.Add(new TimelineEntry(TimelineEntryKind.Reported, period.FirstDay, null, null, null, false));
            if (period.RecoveredOn is { } back)
            {
                entries.Add(new TimelineEntry(TimelineEntryKind.Recovered, back, null, null, null, back > today));
            }
        }
        foreach (var document in documents.Where(d => d.IsPublished))
        {
            var kind = document.Author == DocumentAuthor.Employee ? TimelineEntryKind.ViewpointAdded : TimelineEntryKind.DocumentPublished;
            entries.Add(new TimelineEntry(kind, DutchDates.DayOf(document.CreatedAt), document.CreatedAt, document.Title, document.Id, false));
            if (document.Response is { } response)
            {
                var responded = response.Kind == ResponseKind.Signature ? TimelineEntryKind.DocumentSigned : TimelineEntryKind.DocumentAcknowledged;
                entries.Add(new TimelineEntry(responded, DutchDates.DayOf(response.At), response.At, document.Title, document.Id, false));
            }
        }
        entries.AddRange(messages.Select(m => new TimelineEntry(
            m.From == MessageSender.Employee ? TimelineEntryKind.MessageFromEmployee : TimelineEntryKind.MessageFromEmployer,
            DutchDates.DayOf(m.CreatedAt), m.CreatedAt, null, null, false)));
        entries.AddRange(Steps(caller, dossier, periods, today));
        // On one day, what is known by date only (a first day, a deadline) comes before what happened at a moment.
        return [.. entries.OrderBy(e => e.On).ThenBy(e => e.At ?? DateTimeOffset.MinValue)];
    }

    private IEnumerable<TimelineEntry> Steps(Caller caller, Dossier dossier, IReadOnlyList<DossierPeriod> periods, DateOnly today)
    {
        if (periods.Count == 0 || !Follow(periods))
        {
            return [];
        }
        return schedule.StepsFor([.. periods.Select(p => new CasePeriod(p.FirstDay, p.RecoveredOn))])
            // The employee sees the steps they take part in; a closed case shows the steps that fell within it.
            .Where(step => caller is not EmployeeCaller || step.InvolvesEmployee)
            .Where(step => dossier.ClosedOn is not { } closed || step.DueOn < closed)
            .Select(step => new TimelineEntry(TimelineEntryKind.PoortwachterStep, step.DueOn, null, step.Step, null, step.DueOn >= today));
    }

    /// <summary>The schedule needs periods that follow each other, with only the last one open.</summary>
    private static bool Follow(IReadOnlyList<DossierPeriod> periods)
    {
        for (var i = 0; i < periods.Count - 1; i++)
        {
            if (periods[i].RecoveredOn is not { } back || periods[i + 1].FirstDay < back)
            {
                return false;
            }
        }
        return true;
    }
}
