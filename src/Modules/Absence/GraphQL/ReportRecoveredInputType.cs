using GraphQL.Types;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

internal sealed class ReportRecoveredInputType : InputObjectGraphType<ReportRecoveredInput>
{
    public ReportRecoveredInputType()
    {
        Name = "ReportRecoveredInput";
        Field<StringGraphType>("idempotencyKey").Description("Any string up to 100 characters. Sending the same key again returns the original result.");
        Field<NonNullGraphType<IdGraphType>>("absenceId");
        Field<IntGraphType>("expectedVersion").Description("The absence's `version` as you last saw it; a newer version gives `CONFLICT` with the current state.");
        Field<NonNullGraphType<IsoDateGraphType>>("recoveredOn").Description("The first working day back, after the first day of absence.");
        Field<PartialRecoveryInputType>("partial").Description("Only for partial recovery, where allowed: the absence stays open at a lower percentage.");
        Field<RecoveryReasonType>("reason").Description("Employer users and API clients: why the absence ends. `RECOVERED` when left out; employees can only recover.");
    }
}

internal sealed class PartialRecoveryInputType : InputObjectGraphType<PartialRecoveryInput>
{
    public PartialRecoveryInputType()
    {
        Name = "PartialRecoveryInput";
        Field<IntGraphType>("workingPercentage").Description("The part of the job done again, 1 to 99 percent.");
        Field<DecimalGraphType>("workingHoursPerWeek").Description("Hours a week worked again; with `contractHoursPerWeek`.");
        Field<DecimalGraphType>("contractHoursPerWeek").Description("The hours a week of the contract, 1 to 60.");
    }
}

internal sealed class RecoveryReasonType : EnumerationGraphType<RecoveryReason>
{
    public RecoveryReasonType()
    {
        Name = "RecoveryReason";
        Description = "Why an absence ended (DOMAIN §6).";
    }
}
