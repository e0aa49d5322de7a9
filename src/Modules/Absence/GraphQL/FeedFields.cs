using GraphQL;
using GraphQL.Types;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Contracts;
using Verzuim.Absence.Domain;
using Verzuim.Absence.PayrollFeed;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Absence.GraphQL;

/// <summary>Schema area: the payroll change feed (DOMAIN §9).</summary>
internal sealed class FeedFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CursorConnectionType<AbsenceEventType, AbsenceEvent>>>("absenceEvents")
            .Description("Every change to the employer's absences, in commit order. Keep `pageInfo.endCursor` and ask again from there: "
                + "you get each event once, none is ever skipped, and the same cursor always gives the same events.")
            .Argument<IntGraphType>("first", $"At most {Page.MaxPageSize}; {EventFeed.DefaultPageSize} when left out.")
            .Argument<StringGraphType>("after", "The `endCursor` of the previous page; leave out to start at the beginning.")
            .Allow(AbsenceFields.Readers)
            .ResolveAsync(async context =>
            {
                var first = context.PageSize(EventFeed.DefaultPageSize);
                var cursor = context.GetArgument<string?>("after");
                long after = 0;
                if (cursor is not null && !Cursor.TryReadPosition(cursor, out after))
                {
                    throw new ExecutionError("`after` is not a cursor of this feed.") { Code = ErrorCodes.InvalidValue };
                }
                return await context.Service<EventFeed>().ReadAsync(context.Caller().EmployerId!.Value, after, first, context.CancellationToken)
                    ?? throw new ExecutionError("`after` lies beyond the last event of this feed; it is not a cursor this feed gave out.") { Code = ErrorCodes.InvalidValue };
            });

    public void AddMutationFields(ObjectGraphType mutation)
    {
    }
}

internal sealed class AbsenceEventType : ObjectGraphType<AbsenceEvent>
{
    public AbsenceEventType()
    {
        Name = "AbsenceEvent";
        Description = "One change to an absence, as payroll needs it: no free text, nothing from the dossier.";
        Field<NonNullGraphType<AbsenceEventKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("absenceId").Description("Stable across all events of the absence.")
            .Resolve(context => GlobalId.Encode(AbsenceScope.TypeName, context.Source.AbsenceId));
        Field<NonNullGraphType<IdGraphType>>("employeeId").Resolve(context => GlobalId.Encode(AccountTypeNames.Employee, context.Source.EmployeeId));
        Field<NonNullGraphType<StringGraphType>>("employeeKey").Description("The employer's own key for the employee.").Resolve(context => context.Source.EmployeeKey);
        Field<NonNullGraphType<IsoDateGraphType>>("firstDay").Resolve(context => context.Source.FirstDay);
        Field<DecimalGraphType>("hoursWorkedOnFirstDay").Description("Only on `REPORTED`.").Resolve(context => context.Source.HoursWorkedOnFirstDay);
        Field<NonNullGraphType<IntGraphType>>("percentage").Description("The absence percentage after this change.").Resolve(context => context.Source.Percentage);
        Field<IsoDateGraphType>("effectiveOn").Description("The day the change takes effect.").Resolve(context => context.Source.EffectiveOn);
        Field<IsoDateGraphType>("recoveredOn").Resolve(context => context.Source.RecoveredOn);
        Field<RecoveryReasonType>("recoveryReason").Resolve(context => context.Source.Reason);
        Field<IdGraphType>("linkedToAbsenceId").Description("Only on `LINKED`: the absence this one continues.")
            .Resolve(context => context.Source.LinkedToAbsenceId is { } id ? GlobalId.Encode(AbsenceScope.TypeName, id) : null);
        Field<NonNullGraphType<IntGraphType>>("absenceVersion").Description("The absence's version after this change.").Resolve(context => context.Source.AbsenceVersion);
        Field<NonNullGraphType<InstantGraphType>>("occurredAt").Resolve(context => context.Source.OccurredAt);
    }
}

internal sealed class AbsenceEventKindType : EnumerationGraphType<AbsenceChangeKind>
{
    public AbsenceEventKindType() => Name = "AbsenceEventKind";
}
