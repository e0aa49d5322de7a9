using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>The paging arguments of a cursor connection, `first` and `after`, read into a <see cref="Page"/>.</summary>
public static class Connections
{
    /// <summary>The paging arguments of a cursor connection: `first` (at most 100) and `after`.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"At most {Paging.Page.MaxPageSize}; {Paging.Page.DefaultPageSize} when left out.")
        .Argument<StringGraphType>("after", "The `endCursor` of the previous page.");

    public static Page Page(this IResolveFieldContext context)
    {
        var size = context.PageSize(Paging.Page.DefaultPageSize);
        var after = context.GetArgument<string?>("after");
        if (after is null)
        {
            return Paging.Page.First(size);
        }
        return Cursor.TryReadRow(after, out var createdAt, out var id)
            ? new Page(size, createdAt, id)
            : throw new ExecutionError("`after` is not a cursor of this connection.") { Code = ErrorCodes.InvalidValue };
    }

    /// <summary>The <c>first</c> argument of any connection, also one with its own cursors: 1 to <see cref="Page.MaxPageSize"/>.</summary>
    public static int PageSize(this IResolveFieldContext context, int whenLeftOut)
    {
        var size = context.GetArgument<int?>("first") ?? whenLeftOut;
        return size is >= 1 and <= Paging.Page.MaxPageSize
            ? size
            : throw new ExecutionError($"`first` must be between 1 and {Paging.Page.MaxPageSize}.") { Code = ErrorCodes.InvalidValue };
    }
}

/// <summary>
/// A Relay connection over a <see cref="PageOf{T}"/>: `edges` and `pageInfo`, named after its node type
/// ("AbsenceConnection"). GraphQL.NET's own connection type adds `items` (the nodes again) and `totalCount`, which
/// keyset paging never computes; the schema does not offer what is never there.
/// </summary>
public sealed class CursorConnectionType<TNodeType, TNode> : ObjectGraphType<PageOf<TNode>>
    where TNodeType : ObjectGraphType<TNode>
{
    public CursorConnectionType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = $"{node}Connection";
        Description = $"A connection from an object to a list of objects of type `{node}`.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(context => new PageInfo
        {
            HasNextPage = context.Source.HasNextPage,
            HasPreviousPage = context.Source.HasPreviousPage,
            StartCursor = context.Source.StartCursor,
            EndCursor = context.Source.EndCursor,
        });
        Field<ListGraphType<EdgeType<TNodeType>>>("edges").Description("A list of all of the edges returned in the connection.")
            .Resolve(context => context.Source.Rows.Select(row => new Edge<TNode> { Node = row.Node, Cursor = row.Cursor }));
    }
}
