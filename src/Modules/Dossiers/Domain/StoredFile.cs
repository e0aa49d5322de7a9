namespace Verzuim.Dossiers.Domain;

/// <summary>What is known of a file in the store: its safe name, its real type, its size and its SHA-256.</summary>
internal sealed record StoredFile(Guid FileId, string FileName, string ContentType, long Size, string Sha256);
