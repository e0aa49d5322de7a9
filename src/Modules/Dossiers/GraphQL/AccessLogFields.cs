using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.GraphQL;

/// <summary>
/// Schema area: who read dossier content ("Wie heeft mijn dossier bekeken"). Employees see the reads of their own
/// dossiers, HR those of their employer's. There is no field that changes or removes an entry.
/// </summary>
internal sealed class AccessLogFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CursorConnectionType<DossierAccessType, AccessLogRow>>>("dossierAccessLog")
            .Description("Reads of dossier content, newest first: who, when, whose dossier, what, and on whose behalf.")
            .Paged()
            .Argument<IdGraphType>("employeeId", "HR: only the reads of this employee's dossiers.")
            .Argument<BooleanGraphType>("readByEmployee",
                "True: only the employee's own reads; false: only reads by the employer's users; absent: all. The portal leaves an employee's own reads out by default.")
            .Allow(Access.EmployerUsers(EmployerRole.Hr).OrEmployees())
            .ResolveAsync(async context =>
            {
                Guid? employee = null;
                if (context.GetArgument<string?>("employeeId") is { } employeeId)
                {
                    employee = GlobalId.TryDecode(employeeId, AccountTypeNames.Employee, out var decoded) ? decoded
                        : throw new ExecutionError("`employeeId` is not an employee id.") { Code = ErrorCodes.InvalidValue };
                }
                var readByEmployee = context.GetArgument<bool?>("readByEmployee");
                return await context.Service<AccessLogReader>().ReadAsync(context.Caller(), employee, readByEmployee, context.Page(), context.CancellationToken);
            });

    public void AddMutationFields(ObjectGraphType mutation)
    {
    }
}

internal sealed class DossierAccessType : ObjectGraphType<AccessLogRow>
{
    public DossierAccessType()
    {
        Name = "DossierAccess";
        Description = "One read of dossier content (NEN 7513).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(AccessLogEntry.TypeName, context.Source.Entry.Id));
        Field<NonNullGraphType<InstantGraphType>>("at").Resolve(context => context.Source.Entry.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("accessorName").Description("Who read it.").Resolve(context => context.Source.Entry.AccessorName);
        Field<NonNullGraphType<AccessorKindType>>("accessorRole").Resolve(context => context.Source.Entry.AccessorKind);
        Field<IdGraphType>("onBehalfOfEmployerId").Description("The employer an employer user read for; null when the employee read their own dossier.")
            .Resolve(context => context.Source.Entry.OnBehalfOfEmployerId is { } employer ? GlobalId.Encode(AccountTypeNames.Employer, employer) : null);
        Field<NonNullGraphType<IdGraphType>>("employeeId").Description("Whose dossier.").Resolve(context => GlobalId.Encode(AccountTypeNames.Employee, context.Source.Entry.EmployeeId));
        Field<NonNullGraphType<IdGraphType>>("dossierId").Resolve(context => GlobalId.Encode(Dossier.TypeName, context.Source.Entry.DossierId));
        Field<NonNullGraphType<AccessedContentType>>("what").Resolve(context => context.Source.Entry.What);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("parts")
            .Description("For a dossier read: which of `documents`, `timeline` and `messages`.").Resolve(context => context.Source.Entry.Parts);
        Field<IdGraphType>("documentId").Description("Null for the employee when the document is not (or no longer) theirs to see.")
            .Resolve(context => context.Source.ShowsDocument && context.Source.Entry.DocumentId is { } id ? GlobalId.Encode(DossierDocument.TypeName, id) : null);
        Field<StringGraphType>("documentTitle").Description("Null for the employee when the document is not (or no longer) theirs to see.")
            .Resolve(context => context.Source.ShowsDocument ? context.Source.Entry.DocumentTitle : null);
    }
}

internal sealed class AccessorKindType : EnumerationGraphType<AccessorKind>
{
    public AccessorKindType() => Name = "DossierAccessorRole";
}

internal sealed class AccessedContentType : EnumerationGraphType<AccessedContent>
{
    public AccessedContentType() => Name = "DossierAccessedContent";
}
