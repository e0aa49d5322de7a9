using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Verzuim.Absence.Contracts;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.BuildingBlocks.Paging;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Reading;

namespace Verzuim.Dossiers.GraphQL;

/// <summary>
/// Schema area: reading dossiers. Lists carry dates, states and counts only; content (documents, timeline, messages)
/// is read through `dossier(id:)`, which writes one access-log entry naming the parts selected.
/// </summary>
internal sealed class DossierFields : IGraphQLContribution
{
    public static readonly Access Readers = Access.EmployerUsers().OrEmployees();

    public void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DossierType>>>>("myDossiers")
            .Description($"The employee's dossiers: open ones first, then closed ones, latest ended first (at most {DossierQueries.MaxOwnDossiers}).")
            .Allow(Access.Employee)
            .ResolveAsync(async context => await context.Service<DossierQueries>().MineAsync(context.Caller<EmployeeCaller>(), context.CancellationToken));

        query.Field<NonNullGraphType<CursorConnectionType<DossierType, DossierView>>>("dossiers")
            .Description("The employer's dossiers, newest case first.")
            .Paged()
            .Argument<IdGraphType>("employeeId", "Only this employee's dossiers.")
            .Argument<IdGraphType>("absenceId", "Only the dossier of the case this absence belongs to.")
            .Argument<DossierStatusType>("status")
            .Allow(Access.EmployerUsers())
            .ResolveAsync(async context =>
            {
                var filter = new DossierFilter(DecodeOrRefuse(context, "employeeId", AccountTypeNames.Employee),
                    DecodeOrRefuse(context, "absenceId", AbsenceTypeNames.Absence), context.GetArgument<DossierStatus?>("status"));
                return await context.Service<DossierQueries>().ListAsync(context.Caller<EmployerUserCaller>(), filter, context.Page(), context.CancellationToken);
            });

        query.Field<DossierType>("dossier")
            .Description("One dossier with its content; null when it does not exist or is not the caller's. Reading `documents`, `timeline` or `messages` is written to the access log, once per request.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Readers)
            .ResolveAsync(async context => await context.Service<DossierQueries>().OpenAsync(
                (SessionCaller)context.Caller(), context.GetArgument<string>("id"), SelectedParts(context), context.CancellationToken));
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
    }

    private static DossierParts SelectedParts(IResolveFieldContext context)
    {
        var parts = DossierParts.None;
        foreach (var field in context.SubFields?.Values ?? Enumerable.Empty<(GraphQLParser.AST.GraphQLField Field, FieldType FieldType)>())
        {
            parts |= field.Field.Name.StringValue switch
            {
                "documents" => DossierParts.Documents,
                "timeline" => DossierParts.Timeline,
                "messages" => DossierParts.Messages,
                _ => DossierParts.None,
            };
        }
        return parts;
    }

    private static Guid? DecodeOrRefuse(IResolveFieldContext context, string argument, string typeName)
    {
        var value = context.GetArgument<string?>(argument);
        return value is null ? null
            : GlobalId.TryDecode(value, typeName, out var id) ? id
            : throw new ExecutionError($"`{argument}` is not an id of the right kind.") { Code = ErrorCodes.InvalidValue };
    }
}

internal sealed class DossierType : ObjectGraphType<DossierView>
{
    public DossierType()
    {
        Name = "Dossier";
        Description = "The reintegration dossier of one absence case; linked absences (samengesteld verzuim) share one.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(Dossier.TypeName, context.Source.Dossier.Id));
        Field<NonNullGraphType<IdGraphType>>("employeeId").Resolve(context => GlobalId.Encode(AccountTypeNames.Employee, context.Source.Dossier.EmployeeId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("absenceIds")
            .Description("The absences of the case, oldest first; withdrawn reports left out.")
            .Resolve(context => context.Source.Dossier.ActivePeriods().Select(p => GlobalId.Encode(AbsenceTypeNames.Absence, p.AbsenceId)));
        Field<NonNullGraphType<DossierStatusType>>("status").Resolve(context => context.Source.Dossier.Status);
        Field<NonNullGraphType<IsoDateGraphType>>("firstDay").Description("The first day of the case.").Resolve(context => context.Source.Dossier.FirstDay);
        Field<IsoDateGraphType>("closedOn").Description("The first working day back after the case, once it is closed.").Resolve(context => context.Source.Dossier.ClosedOn);
        Field<NonNullGraphType<DossierCountsType>>("counts").Resolve(context => context.Source.Counts);
        Field<ListGraphType<NonNullGraphType<DossierDocumentType>>>("documents")
            .Description("Newest first. Only through `dossier(id:)`; null in lists.").Resolve(context => context.Source.Documents);
        Field<ListGraphType<NonNullGraphType<DossierTimelineEntryType>>>("timeline")
            .Description("Oldest first. Only through `dossier(id:)`; null in lists.").Resolve(context => context.Source.Timeline);
        Field<ListGraphType<NonNullGraphType<DossierMessageType>>>("messages")
            .Description("Oldest first. Reading them marks the messages to you as read. Only through `dossier(id:)`; null in lists.")
            .Resolve(context => context.Source.Messages);
    }
}

internal sealed class DossierStatusType : EnumerationGraphType<DossierStatus>
{
    public DossierStatusType() => Name = "DossierStatus";
}

internal sealed class DossierCountsType : ObjectGraphType<DossierCounts>
{
    public DossierCountsType()
    {
        Name = "DossierCounts";
        Description = "What waits in dossiers, without their content.";
        Field<NonNullGraphType<IntGraphType>>("newDocuments").Description("Documents from the employer that the employee has not opened yet.").Resolve(context => context.Source.NewDocuments);
        Field<NonNullGraphType<IntGraphType>>("awaitingResponse").Description("Documents still waiting for the employee's gelezen or akkoord.").Resolve(context => context.Source.AwaitingResponse);
        Field<NonNullGraphType<IntGraphType>>("unreadMessages").Description("Messages to you that you have not read yet.").Resolve(context => context.Source.UnreadMessages);
    }
}

internal sealed class DossierTimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public DossierTimelineEntryType()
    {
        Name = "DossierTimelineEntry";
        Field<NonNullGraphType<DossierTimelineEntryKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<IsoDateGraphType>>("on").Description("The day it happened, or the step's deadline.").Resolve(context => context.Source.On);
        Field<InstantGraphType>("at").Description("The moment, for what happened in the portal.").Resolve(context => context.Source.At);
        Field<StringGraphType>("title").Description("The document's title, or the Poortwachter step (`PLAN_OF_ACTION`, …).").Resolve(context => context.Source.Title);
        Field<IdGraphType>("documentId").Resolve(context => context.Source.DocumentId is { } id ? GlobalId.Encode(DossierDocument.TypeName, id) : null);
        Field<NonNullGraphType<BooleanGraphType>>("upcoming").Description("A deadline or date still ahead.").Resolve(context => context.Source.Upcoming);
    }
}

internal sealed class DossierTimelineEntryKindType : EnumerationGraphType<TimelineEntryKind>
{
    public DossierTimelineEntryKindType() => Name = "DossierTimelineEntryKind";
}

/// <summary>The dossier counts on the Absence module's `Dashboard`, which this module knows only by name (ADR 0007).</summary>
internal sealed class DashboardCountsExtension : IGraphTypeExtension
{
    public string TypeName => "Dashboard";

    public void Extend(IObjectGraphType type) => type.AddField(new FieldType
    {
        Name = "dossiers",
        Description = "New documents, documents waiting for a response and unread messages, over all the employee's dossiers.",
        Type = typeof(NonNullGraphType<DossierCountsType>),
        Resolver = new FuncFieldResolver<DossierCounts>(async context =>
            await context.Service<DossierCounter>().TotalForAsync(context.Caller<EmployeeCaller>(), context.CancellationToken)),
    }.ReadsDatabase());
}
