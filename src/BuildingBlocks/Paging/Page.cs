namespace Verzuim.BuildingBlocks.Paging;

/// <summary>
/// A request for one page of rows, newest first: its size and the key of the last row already seen (from the
/// cursor the reader sent back). At most <see cref="MaxPageSize"/> rows a page.
/// </summary>
public sealed record Page(int Size, DateTimeOffset? AfterCreatedAt, Guid? AfterId)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static Page First(int size) => new(size, null, null);
}
