using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Files;

internal sealed record UploadResult(Upload? Upload, UserError? Error, int Status);

/// <summary>
/// Takes in one file: reads at most 10 MB + 1 byte (so a larger file is refused without reading it all), recognises
/// it by its first bytes, gives it a safe name and its SHA-256, and stores it for the caller's next mutation. Memory
/// grows with the file actually sent, and one account holds at most <see cref="MaxPending"/> unused uploads of
/// <see cref="MaxPendingBytes"/> together, so nobody fills the database with files that never reach a dossier.
/// </summary>
internal sealed class ReceiveUpload(DossiersDbContext db, IFileStore store, IdempotentRequests<DossiersDbContext> idempotency, TimeProvider clock)
{
    public const int MaxPending = 20;
    public const long MaxPendingBytes = 50 * 1024 * 1024;
    private const string Operation = "upload";

    public async Task<UploadResult> HandleAsync(SessionCaller caller, string? fileName, Stream body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(idempotencyKey) is { } keyError)
        {
            return new UploadResult(null, keyError with { Field = ["idempotencyKey"] }, StatusCodes.Status400BadRequest);
        }
        if (await PendingAsync(caller, clock.GetUtcNow(), cancellationToken) is var (count, bytes) && (count >= MaxPending || bytes >= MaxPendingBytes))
        {
            return TooMany();
        }
        using var content = new MemoryStream();
        await CopyUpToAsync(body, content, FileRules.MaxBytes + 1, cancellationToken);
        if (content.Length > FileRules.MaxBytes)
        {
            return new UploadResult(null, UserError.For(DossierErrorCodes.FileTooLarge, "The file is larger than 10 MB.", "file"), StatusCodes.Status413PayloadTooLarge);
        }
        if (content.Length == 0)
        {
            return new UploadResult(null, UserError.For(DossierErrorCodes.EmptyFile, "The file is empty.", "file"), StatusCodes.Status400BadRequest);
        }
        var bytesRead = content.GetBuffer().AsMemory(0, (int)content.Length);
        if (FileKind.Recognise(bytesRead.Span) is not { } kind)
        {
            return new UploadResult(null, UserError.For(DossierErrorCodes.UnsupportedFileType,
                "Only PDF, PNG and JPG files can go in a dossier. This file is none of the three.", "file"), StatusCodes.Status400BadRequest);
        }
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytesRead.Span));
        var name = FileRules.SanitiseName(fileName, kind);
        var fingerprint = IdempotencyKey.Fingerprint(Operation, new { name, sha256 });
        var now = clock.GetUtcNow();
        await using var transaction = await db.BeginOneAtATimeForAsync(caller.AccountId, cancellationToken);
        switch (await idempotency.FindAsync(caller, idempotencyKey, Operation, fingerprint, cancellationToken))
        {
            case { Error: { } reused }:
                return new UploadResult(null, reused with { Field = ["idempotencyKey"] }, StatusCodes.Status422UnprocessableEntity);
            case { ResultIds: [var uploadId, ..] }:
                return await db.Uploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uploadId, cancellationToken) is { } earlier
                    ? new UploadResult(earlier, null, StatusCodes.Status200OK)
                    : new UploadResult(null, UserError.For(ErrorCodes.NotFound, "The upload with this idempotency key was already used.", "idempotencyKey"),
                        StatusCodes.Status409Conflict);
        }
        await ExpiredUploads.RemoveAsync(db, store, now, cancellationToken);
        // Counted again under the account's lock: of two uploads at once, only as many as fit are kept.
        if (await PendingAsync(caller, now, cancellationToken) is var (countNow, bytesNow) && (countNow >= MaxPending || bytesNow + content.Length > MaxPendingBytes))
        {
            return TooMany();
        }
        var fileId = await store.SaveAsync(bytesRead, cancellationToken);
        var upload = Upload.Of(caller.EmployerId!.Value, caller.AccountId, new StoredFile(fileId, name, kind.ContentType, content.Length, sha256), now);
        db.Uploads.Add(upload);
        idempotency.Remember(caller, idempotencyKey, Operation, fingerprint, upload.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UploadResult(upload, null, StatusCodes.Status201Created);
    }

    private async Task<(int Count, long Bytes)> PendingAsync(SessionCaller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - Upload.Lifetime;
        var sizes = await db.Uploads.AsNoTracking().Where(u => u.AccountId == caller.AccountId && u.CreatedAt >= cutoff)
            .Select(u => u.File.Size).ToListAsync(cancellationToken);
        return (sizes.Count, sizes.Sum());
    }

    private static UploadResult TooMany() => new(null, UserError.For(DossierErrorCodes.TooManyPendingUploads,
        $"You have {MaxPending} files or {MaxPendingBytes / (1024 * 1024)} MB waiting to be used. Use or wait for them (they are removed after a day) before sending more.",
        "file"), StatusCodes.Status429TooManyRequests);

    private static async Task CopyUpToAsync(Stream body, MemoryStream content, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while (content.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - content.Length)), cancellationToken)) > 0)
        {
            content.Write(chunk, 0, read);
        }
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
