using GraphQL.Types;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Timeline;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dates;

namespace Verzuim.Absence.GraphQL;

internal sealed class AbsenceType : ObjectGraphType<EmployeeAbsence>
{
    public AbsenceType()
    {
        Name = AbsenceScope.TypeName;
        Description = "One absence of one employee, from the first day of absence to the first working day back.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is EmployeeAbsence;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(AbsenceScope.TypeName, context.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("employeeId").Description("The employee's global id.")
            .Resolve(context => GlobalId.Encode(AccountTypeNames.Employee, context.Source.EmployeeId));
        Field<NonNullGraphType<StringGraphType>>("employeeKey").Description("The employer's own key for the employee, as it was at the report.")
            .Resolve(context => context.Source.EmployeeKey);
        Field<NonNullGraphType<AbsenceStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<IsoDateGraphType>>("firstDay").Resolve(context => context.Source.FirstDay);
        Field<NonNullGraphType<IsoDateGraphType>>("caseFirstDay")
            .Description("The first day the Poortwachter weeks count from: this absence's own, or that of the absence it continues (samengesteld verzuim).")
            .Resolve(context => context.Source.CaseFirstDay);
        Field<IdGraphType>("linkedTo").Description("The absence this one continues, when it started less than four weeks after a recovery.")
            .Resolve(context => context.Source.LinkedToId is { } id ? GlobalId.Encode(AbsenceScope.TypeName, id) : null);
        Field<NonNullGraphType<DecimalGraphType>>("hoursWorkedOnFirstDay").Resolve(context => context.Source.HoursWorkedOnFirstDay);
        Field<NonNullGraphType<IntGraphType>>("percentage").Description("The current absence percentage; 0 once closed.").Resolve(context => context.Source.Percentage);
        Field<IsoDateGraphType>("recoveredOn").Description("The first working day back.").Resolve(context => context.Source.RecoveredOn);
        Field<RecoveryReasonType>("recoveryReason").Resolve(context => context.Source.Reason);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Raised by every change; send it as `expectedVersion` to change only what you saw.")
            .Resolve(context => context.Source.Version);
        Field<SickReportType>("report").Description("What was registered at the report. Null for API clients: payroll gets no free text.")
            .Resolve(context => context.Caller() is ApiClientCaller ? null : context.Source.SickReport);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryLineType>>>>("history").Description("Every change, oldest first.")
            .Resolve(context => context.Source.History.OrderBy(line => line.Number));
        Field<NonNullGraphType<IntGraphType>>("week").Description($"The week of absence today, of {PoortwachterTimeline.TotalWeeks}, counting the absences this one continues.")
            .ReadsDatabase()
            .ResolveAsync(async context => (object)PoortwachterTimeline.WeekOn(
                await context.Service<CasePeriods>().ForAsync(context.Source, context.CancellationToken), DutchDates.Today(context.Service<TimeProvider>())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("timeline").Description("The Poortwachter steps with their dates.")
            .ReadsDatabase()
            .ResolveAsync(async context => PoortwachterTimeline.For(await context.Service<CasePeriods>().ForAsync(context.Source, context.CancellationToken)));
    }
}

internal sealed class AbsenceStatusType : EnumerationGraphType<AbsenceStatus>
{
    public AbsenceStatusType()
    {
        Name = "AbsenceStatus";
        Description = "`OPEN` while the employee is (partly) absent, `CLOSED` after recovery, `WITHDRAWN` when reported in error.";
    }
}

internal sealed class HistoryLineType : ObjectGraphType<HistoryLine>
{
    public HistoryLineType()
    {
        Name = "AbsenceHistoryLine";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(context => context.Source.Number);
        Field<NonNullGraphType<HistoryKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<IsoDateGraphType>>("effectiveOn").Resolve(context => context.Source.EffectiveOn);
        Field<NonNullGraphType<IntGraphType>>("percentage").Description("The absence percentage from this line on.").Resolve(context => context.Source.Percentage);
        Field<RecoveryReasonType>("reason").Resolve(context => context.Source.Reason);
        Field<NonNullGraphType<ReporterRoleType>>("reportedBy").Resolve(context => context.Source.By);
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(context => context.Source.At);
    }
}

internal sealed class HistoryKindType : EnumerationGraphType<HistoryKind>
{
    public HistoryKindType() => Name = "AbsenceHistoryKind";
}

internal sealed class ReporterRoleType : EnumerationGraphType<ReporterRole>
{
    public ReporterRoleType() => Name = "ReporterRole";
}

internal sealed class SickReportType : ObjectGraphType<SickReport>
{
    public SickReportType()
    {
        Name = "SickReport";
        Description = "What an employer may register at a sick report (DOMAIN §5). Nothing about the nature or cause of the illness.";
        Field<StringGraphType>("contactPhone").Resolve(context => context.Source.ContactPhone);
        Field<StayAddressType>("stayAddress").Resolve(context => context.Source.StayAddress);
        Field<ExpectedDurationType>("expectedDuration").Resolve(context => context.Source.ExpectedDuration);
        Field<StringGraphType>("handover").Resolve(context => context.Source.Handover);
        Field<NonNullGraphType<SafetyNetType>>("safetyNet").Resolve(context => context.Source.SafetyNet);
        Field<NonNullGraphType<BooleanGraphType>>("workplaceAccident").Resolve(context => context.Source.WorkplaceAccident);
        Field<NonNullGraphType<BooleanGraphType>>("trafficAccidentWithLiableThirdParty").Resolve(context => context.Source.TrafficAccidentWithLiableThirdParty);
    }
}

internal sealed class StayAddressType : ObjectGraphType<StayAddress>
{
    public StayAddressType()
    {
        Name = "StayAddress";
        Field<NonNullGraphType<StringGraphType>>("street").Resolve(context => context.Source.Street);
        Field<NonNullGraphType<StringGraphType>>("postalCode").Resolve(context => context.Source.PostalCode);
        Field<NonNullGraphType<StringGraphType>>("city").Resolve(context => context.Source.City);
        Field<StringGraphType>("institution").Resolve(context => context.Source.Institution);
    }
}
