using Verzuim.Absence.Domain;

namespace Verzuim.Absence.Reporting;

internal sealed class ReportRecoveredInput
{
    public string? IdempotencyKey { get; init; }
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
    public DateOnly RecoveredOn { get; init; }
    public PartialRecoveryInput? Partial { get; init; }
    public RecoveryReason? Reason { get; init; }
}

/// <summary>Partly back at work: a percentage, or hours against the contract hours. Exactly one of the two.</summary>
internal sealed class PartialRecoveryInput
{
    public int? WorkingPercentage { get; init; }
    public decimal? WorkingHoursPerWeek { get; init; }
    public decimal? ContractHoursPerWeek { get; init; }
}
