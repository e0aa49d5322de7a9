namespace Verzuim.Absence.Domain;

/// <summary>
/// What an employer may register at a sick report, and nothing more (DOMAIN §5, the Dutch DPA's policy on sick
/// employees). There is deliberately no field for the nature, cause, diagnosis or symptoms of an illness.
/// </summary>
internal sealed record SickReport(
    string? ContactPhone,
    StayAddress? StayAddress,
    ExpectedDuration? ExpectedDuration,
    string? Handover,
    SafetyNet SafetyNet,
    bool WorkplaceAccident,
    bool TrafficAccidentWithLiableThirdParty)
{
    public const int MaxHandoverLength = 2000;

    /// <summary>For EF Core, which cannot pass the nested address to a constructor.</summary>
    private SickReport() : this(null, null, null, null, SafetyNet.No, false, false) { }
}

/// <summary>A stay or nursing address (verpleegadres) when the employee is not at home.</summary>
internal sealed record StayAddress(string Street, string PostalCode, string City, string? Institution)
{
    public const int MaxPartLength = 200;
}

internal enum ExpectedDuration
{
    AFewDays,
    AboutAWeek,
    AFewWeeks,
    Longer,
    Unknown,
}

/// <summary>Whether a Ziektewet safety-net provision (vangnetregeling) applies — never which one.</summary>
internal enum SafetyNet
{
    No,
    Yes,
    RatherTellTheCompanyDoctor,
}
