using System.Globalization;
using System.Text;
using Verzuim.BuildingBlocks;

namespace Verzuim.Dossiers.Files;

/// <summary>The file types a dossier takes, each known by its first bytes rather than by its name.</summary>
internal sealed record FileKind(string ContentType, string Extension, byte[] Signature)
{
    public static readonly FileKind Pdf = new("application/pdf", ".pdf", "%PDF-"u8.ToArray());
    public static readonly FileKind Png = new("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    public static readonly FileKind Jpeg = new("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);

    public static IReadOnlyList<FileKind> All { get; } = [Pdf, Png, Jpeg];

    public static FileKind? Recognise(ReadOnlySpan<byte> content)
    {
        foreach (var kind in All)
        {
            if (content.StartsWith(kind.Signature))
            {
                return kind;
            }
        }
        return null;
    }

    public static FileKind? ByContentType(string contentType) => All.SingleOrDefault(kind => kind.ContentType == contentType);
}

/// <summary>The rules for every file that enters a dossier (DOMAIN §7): PDF, PNG or JPG, 1 byte to 10 MB.</summary>
internal static class FileRules
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxNameLength = 120;
    private const string Fallback = "document";

    /// <summary>
    /// A name that is safe to store and to offer as a download: no path, no control or direction-changing characters,
    /// nothing a file system reserves, at most <see cref="MaxNameLength"/> characters, and the extension of what the
    /// file really is. Letters of any script stay as they were (in NFC).
    /// </summary>
    public static string SanitiseName(string? uploaded, FileKind kind)
    {
        var name = (uploaded ?? "").Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Joiners stay: they hold letters and emoji of many scripts together. Other format characters
            // (direction overrides among them) could make a name read differently from what it is.
            var joiner = rune.Value is 0x200C or 0x200D;
            if (!joiner && category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }
            kept.Append(rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? "_" : rune.ToString());
        }
        var stem = Path.GetFileNameWithoutExtension(kept.ToString());
        var extension = Path.GetExtension(kept.ToString()).ToLowerInvariant();
        stem = string.Join(' ', stem.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }
        var ending = kind.Extension == extension || (kind == FileKind.Jpeg && extension == ".jpeg") ? extension : kind.Extension;
        return FreeText.Shorten(stem, MaxNameLength - ending.Length).TrimEnd('.', ' ') + ending;
    }
}
