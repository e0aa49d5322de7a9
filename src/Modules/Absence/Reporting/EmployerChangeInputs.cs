using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.Reporting;

internal sealed class ChangeAbsencePercentageInput
{
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
    public int Percentage { get; init; }
    public DateOnly From { get; init; }
}

internal sealed class CorrectAbsenceInput
{
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
    public DateOnly FirstDay { get; init; }
    public DateOnly? RecoveredOn { get; init; }
}

internal sealed class WithdrawAbsenceInput
{
    public string AbsenceId { get; init; } = "";
    public int? ExpectedVersion { get; init; }
}

internal sealed class ChangeAbsencePercentageInputType : InputObjectGraphType<ChangeAbsencePercentageInput>
{
    public ChangeAbsencePercentageInputType()
    {
        Name = "ChangeAbsencePercentageInput";
        Field<NonNullGraphType<IdGraphType>>("absenceId");
        Field<IntGraphType>("expectedVersion").Description("The `version` you last saw; a newer one gives `CONFLICT`.");
        Field<NonNullGraphType<IntGraphType>>("percentage").Description("The absence percentage from `from` on, 1 to 100.");
        Field<NonNullGraphType<IsoDateGraphType>>("from");
    }
}

internal sealed class CorrectAbsenceInputType : InputObjectGraphType<CorrectAbsenceInput>
{
    public CorrectAbsenceInputType()
    {
        Name = "CorrectAbsenceInput";
        Description = "Corrects the dates of the employee's most recent absence.";
        Field<NonNullGraphType<IdGraphType>>("absenceId");
        Field<IntGraphType>("expectedVersion").Description("The `version` you last saw; a newer one gives `CONFLICT`.");
        Field<NonNullGraphType<IsoDateGraphType>>("firstDay");
        Field<IsoDateGraphType>("recoveredOn").Description("Only for a closed absence: the corrected first working day back.");
    }
}

internal sealed class WithdrawAbsenceInputType : InputObjectGraphType<WithdrawAbsenceInput>
{
    public WithdrawAbsenceInputType()
    {
        Name = "WithdrawAbsenceInput";
        Description = "Withdraws a report made in error. Only the employee's most recent absence.";
        Field<NonNullGraphType<IdGraphType>>("absenceId");
        Field<IntGraphType>("expectedVersion").Description("The `version` you last saw; a newer one gives `CONFLICT`.");
    }
}
