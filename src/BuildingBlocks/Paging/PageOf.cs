namespace Verzuim.BuildingBlocks.Paging;

/// <summary>One row of a page with the cursor that continues after it.</summary>
public sealed record PageRow<T>(T Node, string Cursor);

/// <summary>
/// One page of rows, each with its cursor, and whether pages lie before and after it. The schema shows it as a
/// Relay connection; nothing here knows GraphQL.
/// </summary>
public sealed record PageOf<T>(IReadOnlyList<PageRow<T>> Rows, bool HasNextPage, bool HasPreviousPage, string? EndCursorWhenEmpty = null)
{
    public string? StartCursor => Rows.Count > 0 ? Rows[0].Cursor : null;

    public string? EndCursor => Rows.Count > 0 ? Rows[^1].Cursor : EndCursorWhenEmpty;
}

public static class PageOf
{
    /// <summary>
    /// The one page builder: rows read with one more than <paramref name="size"/> (which tells whether a next page
    /// exists), each given the cursor of its key.
    /// </summary>
    public static PageOf<T> From<T>(IReadOnlyList<T> rows, int size, bool hasPrevious, Func<T, string> cursor, string? endCursorWhenEmpty = null) =>
        new([.. rows.Take(size).Select(row => new PageRow<T>(row, cursor(row)))], rows.Count > size, hasPrevious, endCursorWhenEmpty);

    /// <summary>A page of a newest-first list, keyed by creation time and id.</summary>
    public static PageOf<T> From<T>(IReadOnlyList<T> rows, Page page, Func<T, (DateTimeOffset CreatedAt, Guid Id)> key) =>
        From(rows, page.Size, page.AfterId is not null, row =>
        {
            var (createdAt, id) = key(row);
            return Cursor.ForRow(createdAt, id);
        });

    public static PageOf<TResult> Select<T, TResult>(this PageOf<T> page, Func<T, TResult> map) =>
        new([.. page.Rows.Select(row => new PageRow<TResult>(map(row.Node), row.Cursor))], page.HasNextPage, page.HasPreviousPage, page.EndCursorWhenEmpty);
}
