using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>Keyset paging for cursor connections: newest first, at most <see cref="MaxPageSize"/> a page.</summary>
public sealed record Page(int Size, DateTimeOffset? AfterCreatedAt, Guid? AfterId)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static Page From(IResolveFieldContext context)
    {
        var size = SizeFrom(context, DefaultPageSize);
        var after = context.GetArgument<string?>("after");
        if (after is null)
        {
            return new Page(size, null, null);
        }
        return Cursor.TryDecode(after, out var createdAt, out var id)
            ? new Page(size, createdAt, id)
            : throw new ExecutionError("`after` is not a cursor of this connection.") { Code = ErrorCodes.InvalidValue };
    }

    /// <summary>The <c>first</c> argument of any connection, also one with its own cursors: 1 to <see cref="MaxPageSize"/>.</summary>
    public static int SizeFrom(IResolveFieldContext context, int whenLeftOut)
    {
        var size = context.GetArgument<int?>("first") ?? whenLeftOut;
        return size is >= 1 and <= MaxPageSize
            ? size
            : throw new ExecutionError($"`first` must be between 1 and {MaxPageSize}.") { Code = ErrorCodes.InvalidValue };
    }
}

public static class Connections
{
    /// <summary>The paging arguments of a cursor connection: `first` (at most 100) and `after`.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"At most {Page.MaxPageSize}; {Page.DefaultPageSize} when left out.")
        .Argument<StringGraphType>("after", "The `endCursor` of the previous page.");

    /// <summary>Turns one page of rows (read with one row more than the page size) into a connection.</summary>
    public static Connection<T> ToConnection<T>(IReadOnlyList<T> rows, Page page, Func<T, (DateTimeOffset CreatedAt, Guid Id)> key)
    {
        var edges = rows.Take(page.Size).Select(row =>
        {
            var (createdAt, id) = key(row);
            return new Edge<T> { Node = row, Cursor = Cursor.Encode(createdAt, id) };
        }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = rows.Count > page.Size,
                HasPreviousPage = page.AfterId is not null,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}

public static class Cursor
{
    public static string Encode(DateTimeOffset createdAt, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{id:N}"));

    public static bool TryDecode(string cursor, out DateTimeOffset createdAt, out Guid id)
    {
        createdAt = default;
        id = default;
        if (cursor.Length > 100 || !Base64Url.IsValid(cursor))
        {
            return false;
        }
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(parts[1], "N", out id))
        {
            return false;
        }
        createdAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}

/// <summary>
/// A Relay connection: `edges` and `pageInfo`, named after its node type ("AbsenceConnection"). GraphQL.NET's own
/// connection type adds `items` (the nodes again) and `totalCount`, which keyset paging never computes; the schema
/// does not offer what is never there.
/// </summary>
public sealed class CursorConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : ObjectGraphType<TNode>
{
    public CursorConnectionType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = $"{node}Connection";
        Description = $"A connection from an object to a list of objects of type `{node}`.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<EdgeType<TNodeType>>>("edges").Description("A list of all of the edges returned in the connection.")
            .Resolve(context => context.Source.Edges);
    }
}
