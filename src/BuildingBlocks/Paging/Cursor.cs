using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Verzuim.BuildingBlocks.Paging;

/// <summary>
/// The one cursor codec: an opaque base64url text over a row's key. Two keys exist: creation time plus id for
/// lists that page newest first, and a position for feeds that page in commit order.
/// </summary>
public static class Cursor
{
    private const int MaxLength = 100;
    private const string PositionPrefix = "position:";

    public static string ForRow(DateTimeOffset createdAt, Guid id) =>
        Encode($"{createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{id:N}");

    public static string ForPosition(long position) => Encode(PositionPrefix + position.ToString(CultureInfo.InvariantCulture));

    public static bool TryReadRow(string cursor, out DateTimeOffset createdAt, out Guid id)
    {
        createdAt = default;
        id = default;
        if (!TryDecode(cursor, out var text))
        {
            return false;
        }
        var parts = text.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(parts[1], "N", out id))
        {
            return false;
        }
        createdAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    public static bool TryReadPosition(string cursor, out long position)
    {
        position = 0;
        return TryDecode(cursor, out var text)
            && text.StartsWith(PositionPrefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(PositionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }

    private static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    private static bool TryDecode(string cursor, out string text)
    {
        text = "";
        if (cursor.Length is 0 or > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }
        text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return true;
    }
}
