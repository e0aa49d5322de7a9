using GraphQL.Types;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

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
