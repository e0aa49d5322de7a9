namespace Verzuim.Absence.Domain;

/// <summary>
/// An employer's choices for absence reports (DOMAIN §10). Without a stored choice the defaults apply: employees
/// report themselves, two days back and none forward; employer users thirty days back and fourteen forward. Recovery
/// has its own window (DOMAIN §6): as far back as reports, and up to seven days ahead, so that someone who fell ill
/// today can say "back tomorrow".
/// </summary>
internal sealed class AbsenceSettings
{
    private AbsenceSettings() { }

    public Guid EmployerId { get; private set; }
    public bool EmployeesMayReportSick { get; private set; }
    public bool EmployeesMayReportRecovered { get; private set; }
    public bool EmployeesMayReportPartialRecovery { get; private set; }
    public int EmployeeDaysBack { get; private set; }
    public int EmployeeDaysForward { get; private set; }
    public int EmployerDaysBack { get; private set; }
    public int EmployerDaysForward { get; private set; }
    public int RecoveryDaysForward { get; private set; }
    public List<Contact> Contacts { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public ReportingWindow EmployeeWindow => new(EmployeeDaysBack, EmployeeDaysForward);

    public ReportingWindow EmployerWindow => new(EmployerDaysBack, EmployerDaysForward);

    /// <summary>Where a recovery date may lie: the reporter's days back, and days ahead up to the recovery setting.</summary>
    public ReportingWindow RecoveryWindow(bool byEmployee) => byEmployee
        ? new(EmployeeDaysBack, Math.Max(EmployeeDaysForward, RecoveryDaysForward))
        : new(EmployerDaysBack, Math.Max(EmployerDaysForward, RecoveryDaysForward));

    public static AbsenceSettings Default(Guid employerId) => new()
    {
        EmployerId = employerId,
        EmployeesMayReportSick = true,
        EmployeesMayReportRecovered = true,
        EmployeesMayReportPartialRecovery = false,
        EmployeeDaysBack = 2,
        EmployeeDaysForward = 0,
        EmployerDaysBack = 30,
        EmployerDaysForward = 14,
        RecoveryDaysForward = DefaultRecoveryDaysForward,
    };

    public const int DefaultRecoveryDaysForward = 7;

    public void Change(AbsenceSettingsChange change, DateTimeOffset now)
    {
        EmployeesMayReportSick = change.EmployeesMayReportSick;
        EmployeesMayReportRecovered = change.EmployeesMayReportRecovered;
        EmployeesMayReportPartialRecovery = change.EmployeesMayReportPartialRecovery;
        (EmployeeDaysBack, EmployeeDaysForward) = (change.EmployeeWindow.DaysBack, change.EmployeeWindow.DaysForward);
        (EmployerDaysBack, EmployerDaysForward) = (change.EmployerWindow.DaysBack, change.EmployerWindow.DaysForward);
        RecoveryDaysForward = change.RecoveryDaysForward ?? RecoveryDaysForward;
        Contacts = [.. change.Contacts];
        UpdatedAt = now;
    }
}

internal sealed record AbsenceSettingsChange(
    bool EmployeesMayReportSick,
    bool EmployeesMayReportRecovered,
    bool EmployeesMayReportPartialRecovery,
    ReportingWindow EmployeeWindow,
    ReportingWindow EmployerWindow,
    IReadOnlyList<Contact> Contacts,
    int? RecoveryDaysForward);

internal enum ContactRole
{
    Manager,
    CaseManager,
    ArboService,
    Hr,
}

/// <summary>Someone the employee can turn to while ill, shown on their dashboard.</summary>
internal sealed record Contact(ContactRole Role, string Name, string? Phone, string? Email)
{
    public const int MaxContacts = 10;
    public const int MaxNameLength = 200;
}
