using System.Buffers.Text;
using System.Text;

namespace Verzuim.BuildingBlocks.Identifiers;

/// <summary>
/// Relay global ids: an opaque string naming the type and the row, so `node(id:)` can find any object.
/// Anything that does not decode to the expected type is treated as a missing object, never as an error of ours.
/// </summary>
public static class GlobalId
{
    private const int MaxLength = 128;

    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > MaxLength || !Base64Url.IsValid(globalId))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !Guid.TryParseExact(text[(separator + 1)..], "N", out id))
        {
            return false;
        }
        typeName = text[..separator];
        return true;
    }

    public static bool TryDecode(string? globalId, string expectedTypeName, out Guid id) =>
        TryDecode(globalId, out var typeName, out id) && typeName == expectedTypeName;
}
