using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Verzuim.Dossiers.Data;

namespace Verzuim.Dossiers.Files;

/// <summary>
/// File bytes in `dossiers.files`, one `bytea` per file (at most 10 MB, well within PostgreSQL's limit). Reads use
/// sequential access, so the bytes flow from the socket to the response in small buffers.
/// </summary>
internal sealed class PostgresFileStore(DossiersDbContext db) : IFileStore
{
    private const int CopyBufferBytes = 64 * 1024;

    public async Task<Guid> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        await using var command = await CommandAsync("INSERT INTO dossiers.files (id, content) VALUES (@id, @content)", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("content", content));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    public async Task<bool> CopyToAsync(Guid fileId, Stream destination, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync("SELECT content FROM dossiers.files WHERE id = @id", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", fileId));
        await using var reader = (NpgsqlDataReader)await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return false;
        }
        await using var content = await reader.GetStreamAsync(0, cancellationToken);
        await content.CopyToAsync(destination, CopyBufferBytes, cancellationToken);
        return true;
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> fileIds, CancellationToken cancellationToken)
    {
        if (fileIds.Count == 0)
        {
            return;
        }
        await using var command = await CommandAsync("DELETE FROM dossiers.files WHERE id = ANY(@ids)", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. fileIds]));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<DbCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
