using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employers;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.GraphQL;

internal static class EmployerListField
{
    /// <summary>A root field listing the caller's employer's rows of one kind, newest first, paged; for HR only.</summary>
    public static void AddEmployerList<TNodeType, TRow>(
        this ObjectGraphType query, string name, string description, Func<AccountsDbContext, IQueryable<TRow>> rows)
        where TNodeType : ObjectGraphType<TRow>
        where TRow : class, IPageable, IEmployerOwned =>
        query.Field<NonNullGraphType<CursorConnectionType<TNodeType, TRow>>>(name)
            .Description(description)
            .Paged()
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context => await context.Service<EmployerRows>()
                .NewestFirstAsync(rows, context.Caller().EmployerId!.Value, context.Page(), context.CancellationToken));
}
