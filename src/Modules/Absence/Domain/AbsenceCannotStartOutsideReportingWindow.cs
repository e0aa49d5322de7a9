using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Domain;

/// <summary>
/// A reported date (a first day of absence, a recovery, a new percentage) lies inside the employer's reporting window
/// for the reporter's role (meldingscoulance): so many days back, so many forward.
/// </summary>
internal static class AbsenceCannotStartOutsideReportingWindow
{
    public static UserError? Check(DateOnly day, ReportingWindow window, DateOnly today, params string[] field) =>
        window.Admits(day, today) ? null : UserError.For(AbsenceErrorCodes.OutsideReportingWindow,
            $"Choose a date from {IsoDates.Format(window.Earliest(today))} up to and including {IsoDates.Format(window.Latest(today))}.", field);
}
