using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Documents;

namespace Verzuim.Dossiers.AccessLog;

/// <summary>
/// Schema area: who read dossier content ("Wie heeft mijn dossier bekeken"). Employees see the reads of their own
/// dossiers, HR those of their employer's. There is no field that changes or removes an entry.
/// </summary>
internal sealed class AccessLogFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<DossierAccessType, EdgeType<DossierAccessType>>>>("dossierAccessLog")
            .Description("Reads of dossier content, newest first: who, when, whose dossier, what, and on whose behalf.")
            .Paged()
            .Argument<IdGraphType>("employeeId", "HR: only the reads of this employee's dossiers.")
            .Allow(Access.EmployerUsers(EmployerRole.Hr).OrEmployees())
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var entries = context.Service<DossiersDbContext>().AccessLog.AsNoTracking();
                entries = caller is EmployeeCaller self
                    ? entries.Where(e => e.EmployeeId == self.EmployeeId && e.EmployerId == self.Employer)
                    : entries.Where(e => e.EmployerId == caller.EmployerId);
                if (context.GetArgument<string?>("employeeId") is { } employeeId)
                {
                    var id = GlobalId.TryDecode(employeeId, AccountTypeNames.Employee, out var decoded) ? decoded
                        : throw new ExecutionError("`employeeId` is not an employee id.") { Code = ErrorCodes.InvalidValue };
                    entries = entries.Where(e => e.EmployeeId == id);
                }
                var page = Page.From(context);
                var rows = await entries.ReadPageAsync(page, context.CancellationToken);
                return Connections.ToConnection(rows, page, entry => (entry.CreatedAt, entry.Id));
            });

    public void AddMutationFields(ObjectGraphType mutation)
    {
    }
}

internal sealed class DossierAccessType : ObjectGraphType<AccessLogEntry>
{
    public DossierAccessType()
    {
        Name = "DossierAccess";
        Description = "One read of dossier content (NEN 7513).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(AccessLogEntry.TypeName, context.Source.Id));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(context => context.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("accessorName").Description("Who read it.").Resolve(context => context.Source.AccessorName);
        Field<NonNullGraphType<AccessorKindType>>("accessorRole").Resolve(context => context.Source.AccessorKind);
        Field<IdGraphType>("onBehalfOfEmployerId").Description("The employer an employer user read for; null when the employee read their own dossier.")
            .Resolve(context => context.Source.OnBehalfOfEmployerId is { } employer ? GlobalId.Encode(AccountTypeNames.Employer, employer) : null);
        Field<NonNullGraphType<IdGraphType>>("employeeId").Description("Whose dossier.").Resolve(context => GlobalId.Encode(AccountTypeNames.Employee, context.Source.EmployeeId));
        Field<NonNullGraphType<IdGraphType>>("dossierId").Resolve(context => GlobalId.Encode(Dossier.TypeName, context.Source.DossierId));
        Field<NonNullGraphType<AccessedContentType>>("what").Resolve(context => context.Source.What);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("parts")
            .Description("For a dossier read: which of `documents`, `timeline` and `messages`.").Resolve(context => context.Source.Parts);
        Field<IdGraphType>("documentId").Resolve(context => context.Source.DocumentId is { } id ? GlobalId.Encode(DossierDocument.TypeName, id) : null);
        Field<StringGraphType>("documentTitle").Resolve(context => context.Source.DocumentTitle);
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
