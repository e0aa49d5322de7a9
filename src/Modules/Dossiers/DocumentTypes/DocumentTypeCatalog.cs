using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.DocumentTypes;

internal sealed record DocumentTypeChange(string Name, bool VisibleToEmployee, ResponseKind Response);

internal sealed record DocumentTypePayload(DocumentType? DocumentType, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// The employer's document types. The defaults are written the first time an employer's types are needed, so every
/// employer has them without the Accounts module telling this one about new employers.
/// </summary>
internal sealed class DocumentTypeCatalog(DossiersDbContext db, IdempotentRequests<DossiersDbContext> idempotency)
{
    private const string AddOperation = "addDocumentType";

    public async Task<IReadOnlyList<DocumentType>> ForAsync(Guid employerId, CancellationToken cancellationToken)
    {
        await EnsureDefaultsAsync(employerId, cancellationToken);
        return await db.DocumentTypes.AsNoTracking().Where(t => t.EmployerId == employerId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }

    public async Task<DocumentType?> FindAsync(Guid employerId, string globalId, CancellationToken cancellationToken)
    {
        await EnsureDefaultsAsync(employerId, cancellationToken);
        return GlobalId.TryDecode(globalId, DocumentType.TypeName, out var id)
            ? await db.DocumentTypes.SingleOrDefaultAsync(t => t.Id == id && t.EmployerId == employerId, cancellationToken)
            : null;
    }

    public async Task<DocumentType> ByCodeAsync(Guid employerId, string code, CancellationToken cancellationToken)
    {
        await EnsureDefaultsAsync(employerId, cancellationToken);
        return await db.DocumentTypes.SingleAsync(t => t.EmployerId == employerId && t.Code == code, cancellationToken);
    }

    /// <summary>Adds a type; sent again with the same idempotency key, it answers the type of the first request.</summary>
    public async Task<DocumentTypePayload> AddAsync(SessionCaller caller, DocumentTypeChange change, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if ((IdempotencyKey.Check(idempotencyKey) ?? Validate(change)) is { } invalid)
        {
            return new DocumentTypePayload(null, [invalid]);
        }
        var employerId = caller.EmployerId!.Value;
        var fingerprint = IdempotencyKey.Fingerprint(AddOperation, change);
        await using var transaction = await db.BeginOneAtATimeForAsync(caller.AccountId, cancellationToken);
        switch (await idempotency.FindAsync(caller, idempotencyKey, AddOperation, fingerprint, cancellationToken))
        {
            case { Error: { } reused }:
                return new DocumentTypePayload(null, [reused]);
            case { ResultIds: [var typeId, ..] }:
                return new DocumentTypePayload(await db.DocumentTypes.AsNoTracking().SingleAsync(t => t.Id == typeId, cancellationToken), []);
        }
        var count = (await ForAsync(employerId, cancellationToken)).Count;
        var type = DocumentType.Create(employerId, null, change.Name.Trim(), change.VisibleToEmployee, change.Response, count);
        db.DocumentTypes.Add(type);
        idempotency.Remember(caller, idempotencyKey, AddOperation, fingerprint, type.Id);
        var saved = await SaveAsync(type, cancellationToken);
        if (saved.Errors.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return saved;
    }

    public async Task<DocumentTypePayload> ChangeAsync(Guid employerId, string documentTypeId, DocumentTypeChange change, CancellationToken cancellationToken)
    {
        var type = await FindAsync(employerId, documentTypeId, cancellationToken);
        if (type is null)
        {
            return new DocumentTypePayload(null, [UserError.For(ErrorCodes.NotFound, "This document type does not exist.", "input", "documentTypeId")]);
        }
        if (Validate(change) is { } invalid)
        {
            return new DocumentTypePayload(null, [invalid]);
        }
        if (type.Code == DefaultDocumentTypes.CaseManagerNote && change.VisibleToEmployee)
        {
            return new DocumentTypePayload(null, [UserError.For(ErrorCodes.InvalidValue,
                "Case manager notes are always internal.", "input", "visibleToEmployee")]);
        }
        if (type.Code == DefaultDocumentTypes.Viewpoint && !change.VisibleToEmployee)
        {
            return new DocumentTypePayload(null, [UserError.For(ErrorCodes.InvalidValue,
                "The employee's viewpoint always stays visible to the employee.", "input", "visibleToEmployee")]);
        }
        type.Change(change.Name.Trim(), change.VisibleToEmployee, change.Response);
        return await SaveAsync(type, cancellationToken);
    }

    private async Task<DocumentTypePayload> SaveAsync(DocumentType type, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new DocumentTypePayload(type, []);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return new DocumentTypePayload(null, [UserError.For(DossierErrorCodes.DuplicateName, "There is already a document type with this name.", "input", "name")]);
        }
    }

    private static UserError? Validate(DocumentTypeChange change) => change.Name.Trim() switch
    {
        "" => UserError.For(ErrorCodes.Required, "Give the document type a name.", "input", "name"),
        { Length: > DocumentType.MaxNameLength } => UserError.For(ErrorCodes.TooLong, $"A name takes at most {DocumentType.MaxNameLength} characters.", "input", "name"),
        var name when !FreeText.IsStorable(name) || name.Any(char.IsControl) => UserError.For(ErrorCodes.InvalidValue, "A name is a single line of plain text.", "input", "name"),
        _ => null,
    };

    private async Task EnsureDefaultsAsync(Guid employerId, CancellationToken cancellationToken)
    {
        if (await db.DocumentTypes.AnyAsync(t => t.EmployerId == employerId, cancellationToken))
        {
            return;
        }
        var order = 0;
        foreach (var (code, name, visible, response) in DefaultDocumentTypes.All)
        {
            var type = DocumentType.Create(employerId, code, name, visible, response, order++);
            // Two first requests at once both try; the unique (employer, code) index keeps one of each.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO dossiers.document_types (id, employer_id, code, name, visible_to_employee, response, sort_order)
                VALUES ({type.Id}, {employerId}, {code}, {name}, {visible}, {response.ToString()}, {type.SortOrder})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        }
    }
}
