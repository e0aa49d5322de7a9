using Verzuim.Absence.Domain;

namespace Verzuim.Absence.Reporting;

internal sealed class ReportSickInput
{
    public string? IdempotencyKey { get; init; }
    public string? EmployeeId { get; init; }
    public DateOnly FirstDay { get; init; }
    public decimal HoursWorkedOnFirstDay { get; init; }
    public int? Percentage { get; init; }
    public string? ContactPhone { get; init; }
    public StayAddressInput? StayAddress { get; init; }
    public ExpectedDuration? ExpectedDuration { get; init; }
    public string? Handover { get; init; }
    public SafetyNet SafetyNet { get; init; }
    public bool WorkplaceAccident { get; init; }
    public bool TrafficAccidentWithLiableThirdParty { get; init; }
}

internal sealed class StayAddressInput
{
    public string Street { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string City { get; init; } = "";
    public string? Institution { get; init; }
}
