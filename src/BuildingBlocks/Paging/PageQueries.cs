using Microsoft.EntityFrameworkCore;

namespace Verzuim.BuildingBlocks.Paging;

/// <summary>Rows that page newest first by creation time, with the id to break ties.</summary>
public interface IPageable
{
    Guid Id { get; }

    DateTimeOffset CreatedAt { get; }
}

public static class PageQueries
{
    /// <summary>Reads one page plus one row, which tells whether a next page exists.</summary>
    public static Task<List<T>> ReadPageAsync<T>(this IQueryable<T> rows, Page page, CancellationToken cancellationToken) where T : class, IPageable
    {
        if (page.AfterCreatedAt is { } createdAt && page.AfterId is { } id)
        {
            rows = rows.Where(r => r.CreatedAt < createdAt || (r.CreatedAt == createdAt && r.Id.CompareTo(id) < 0));
        }
        return rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(page.Size + 1).ToListAsync(cancellationToken);
    }
}
