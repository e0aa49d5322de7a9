namespace Verzuim.Absence.Contracts;

/// <summary>One stretch of absence of a case: from its first day up to (not including) the first working day back.</summary>
public sealed record CasePeriod(DateOnly FirstDay, DateOnly? RecoveredOn);

/// <summary>A Poortwachter step on the calendar of a case.</summary>
/// <param name="Step">The step's name as the API spells it (`PLAN_OF_ACTION`, …).</param>
public sealed record PoortwachterStep(string Step, DateOnly DueOn, bool InvolvesEmployee);

/// <summary>
/// The law's schedule (Wet verbetering poortwachter) as a pure calculation over the periods of a case. It reads
/// nothing: callers pass the periods they learned from <see cref="AbsenceChanged"/> events.
/// </summary>
public interface IPoortwachterSchedule
{
    IReadOnlyList<PoortwachterStep> StepsFor(IReadOnlyList<CasePeriod> periods);
}
