namespace Verzuim.Dossiers.Files;

/// <summary>
/// Where the bytes of dossier files live, apart from what is known about them. Today a table in the module's schema
/// (ADR 0008); an object store would take its place behind this interface.
/// </summary>
internal interface IFileStore
{
    /// <summary>Stores the bytes in the caller's current transaction, if any, so a file and its record commit together.</summary>
    Task<Guid> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Streams the bytes to <paramref name="destination"/> without holding the whole file in memory.</summary>
    Task<bool> CopyToAsync(Guid fileId, Stream destination, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken);
}
