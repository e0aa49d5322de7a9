using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.DocumentTypes;

internal abstract class DocumentTypeFieldsInput
{
    public string Name { get; init; } = "";
    public bool VisibleToEmployee { get; init; }
    public ResponseKind Response { get; init; }

    public DocumentTypeChange ToChange() => new(Name, VisibleToEmployee, Response);
}

internal sealed class DocumentTypeInput : DocumentTypeFieldsInput
{
    public string? IdempotencyKey { get; init; }
}

internal sealed class UpdateDocumentTypeInput : DocumentTypeFieldsInput
{
    public string DocumentTypeId { get; init; } = "";
}
