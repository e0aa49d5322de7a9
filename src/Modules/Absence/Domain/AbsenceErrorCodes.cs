namespace Verzuim.Absence.Domain;

/// <summary>The EmployeeAbsence module's own error codes, next to the shared ones in <c>ErrorCodes</c>.</summary>
internal static class AbsenceErrorCodes
{
    public const string OutsideReportingWindow = "OUTSIDE_REPORTING_WINDOW";
    public const string AlreadySick = "ALREADY_SICK";
    public const string RecoveryNotAfterFirstDay = "RECOVERY_NOT_AFTER_FIRST_DAY";
    public const string BeforeLatestChange = "BEFORE_LATEST_CHANGE";
    public const string PartialRecoveryNotAllowed = "PARTIAL_RECOVERY_NOT_ALLOWED";
    public const string NotAllowedByEmployer = "NOT_ALLOWED_BY_EMPLOYER";
    public const string NotEmployed = "NOT_EMPLOYED";
    public const string Conflict = "CONFLICT";
    public const string NotLatestAbsence = "NOT_LATEST_ABSENCE";
    public const string InvalidPhoneNumber = "INVALID_PHONE_NUMBER";
    public const string OverlapsPreviousAbsence = "OVERLAPS_PREVIOUS_ABSENCE";
}
