using System.Globalization;

namespace Verzuim.BuildingBlocks;

/// <summary>Free text as PostgreSQL can store it: no NUL characters, and well-formed UTF-16 (no lone surrogates).</summary>
public static class FreeText
{
    public static bool IsStorable(string text) => !text.Contains('\0') && IsWellFormed(text);

    /// <summary>At most <paramref name="maxLength"/> characters, cut between characters as a reader sees them, never inside one.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = StringInfo.ParseCombiningCharacters(text).LastOrDefault(start => start <= maxLength);
        return text[..cut];
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
