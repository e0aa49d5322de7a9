using Verzuim.Absence.Contracts;
using Verzuim.Absence.Timeline;

namespace Verzuim.Absence.Integration;

/// <summary>The timeline's pure calculation, offered to modules that know a case's periods from its events.</summary>
internal sealed class PoortwachterSchedule : IPoortwachterSchedule
{
    public IReadOnlyList<PoortwachterStep> StepsFor(IReadOnlyList<CasePeriod> periods) =>
        [.. PoortwachterTimeline.For([.. periods.Select(period => new SickPeriod(period.FirstDay, period.RecoveredOn))])
            .Select(milestone => new PoortwachterStep(milestone.Kind.Code(), milestone.DueOn, milestone.Rule.InvolvesEmployee))];
}
