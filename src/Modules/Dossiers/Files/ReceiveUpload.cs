using System.Buffers;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.Dossiers.Data;

namespace Verzuim.Dossiers.Files;

internal sealed record UploadResult(Upload? Upload, UserError? Error, bool TooLarge = false);

/// <summary>
/// Takes in one file: reads at most 10 MB + 1 byte (so a larger file is refused without reading it all), recognises
/// it by its first bytes, gives it a safe name and its SHA-256, and stores it for the caller's next mutation.
/// </summary>
internal sealed class ReceiveUpload(DossiersDbContext db, IFileStore store, TimeProvider clock)
{
    public async Task<UploadResult> ExecuteAsync(SessionCaller caller, string? fileName, Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)FileRules.MaxBytes + 1);
        try
        {
            var length = await ReadUpToAsync(body, buffer, cancellationToken);
            if (length > FileRules.MaxBytes)
            {
                return new UploadResult(null, UserError.For(DossierErrorCodes.FileTooLarge, "The file is larger than 10 MB.", "file"), TooLarge: true);
            }
            if (length == 0)
            {
                return new UploadResult(null, UserError.For(DossierErrorCodes.EmptyFile, "The file is empty.", "file"));
            }
            var content = buffer.AsMemory(0, length);
            if (FileKind.Recognise(content.Span) is not { } kind)
            {
                return new UploadResult(null, UserError.For(DossierErrorCodes.UnsupportedFileType,
                    "Only PDF, PNG and JPG files can go in a dossier. This file is none of the three.", "file"));
            }
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ExpiredUploads.RemoveAsync(db, store, now, cancellationToken);
            var fileId = await store.SaveAsync(content, cancellationToken);
            var file = new StoredFile(fileId, FileRules.SanitiseName(fileName, kind), kind.ContentType, length,
                Convert.ToHexStringLower(SHA256.HashData(content.Span)));
            var upload = Upload.Of(caller.EmployerId!.Value, caller.AccountId, file, now);
            db.Uploads.Add(upload);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new UploadResult(upload, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static async Task<int> ReadUpToAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        var limit = (int)FileRules.MaxBytes + 1;
        int read;
        while (total < limit && (read = await body.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken)) > 0)
        {
            total += read;
        }
        return total;
    }
}

/// <summary>Finds the caller's own upload for a mutation; anyone else's, or an expired one, is not found.</summary>
internal static class Uploads
{
    public static async Task<Upload?> TakeAsync(this DossiersDbContext db, SessionCaller caller, string? globalId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryDecode(globalId, Upload.TypeName, out var id))
        {
            return null;
        }
        var cutoff = now - Upload.Lifetime;
        var upload = await db.Uploads.SingleOrDefaultAsync(u => u.Id == id && u.AccountId == caller.AccountId && u.CreatedAt >= cutoff, cancellationToken);
        if (upload is not null)
        {
            // Used once: the file now belongs to what the mutation creates.
            db.Uploads.Remove(upload);
        }
        return upload;
    }
}
