using Verzuim.Absence.Domain;

namespace Verzuim.Absence.Settings;

internal sealed class UpdateAbsenceSettingsInput
{
    public bool EmployeesMayReportSick { get; init; }
    public bool EmployeesMayReportRecovered { get; init; }
    public bool EmployeesMayReportPartialRecovery { get; init; }
    public ReportingWindowInput EmployeeWindow { get; init; } = new();
    public ReportingWindowInput EmployerWindow { get; init; } = new();
    public List<ContactInput> Contacts { get; init; } = [];
    public int? RecoveryDaysForward { get; init; }

    public AbsenceSettingsChange ToChange() => new(EmployeesMayReportSick, EmployeesMayReportRecovered, EmployeesMayReportPartialRecovery,
        new ReportingWindow(EmployeeWindow.DaysBack, EmployeeWindow.DaysForward), new ReportingWindow(EmployerWindow.DaysBack, EmployerWindow.DaysForward),
        [.. Contacts.Select(c => new Contact(c.Role, c.Name.Trim(), string.IsNullOrWhiteSpace(c.Phone) ? null : c.Phone.Trim(), string.IsNullOrWhiteSpace(c.Email) ? null : c.Email.Trim()))],
        RecoveryDaysForward);
}

internal sealed class ReportingWindowInput
{
    public int DaysBack { get; init; }
    public int DaysForward { get; init; }
}

internal sealed class ContactInput
{
    public ContactRole Role { get; init; }
    public string Name { get; init; } = "";
    public string? Phone { get; init; }
    public string? Email { get; init; }
}
