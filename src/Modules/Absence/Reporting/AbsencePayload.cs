using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Reporting;

/// <summary>
/// The result of every absence change: the absence as it now stands, and why the change was not made. With a
/// <c>CONFLICT</c> or <c>ALREADY_SICK</c> the absence is the current state, so the caller can decide again.
/// </summary>
internal sealed record AbsencePayload(EmployeeAbsence? Absence, IReadOnlyList<UserError> Errors) : IPayload
{
    public static AbsencePayload Done(EmployeeAbsence absence) => new(absence, []);

    public static AbsencePayload Refused(params UserError[] errors) => new(null, errors);

    public static AbsencePayload Refused(IReadOnlyList<UserError> errors) => new(null, errors);

    public static AbsencePayload NotFound(params string[] field) =>
        Refused(UserError.For(ErrorCodes.NotFound, "This absence does not exist or is not yours.", field));

    public static AbsencePayload Conflict(EmployeeAbsence current, string message) =>
        new(current, [UserError.For(AbsenceErrorCodes.Conflict, message)]);
}
