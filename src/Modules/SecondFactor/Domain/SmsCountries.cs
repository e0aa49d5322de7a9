namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// The countries whose mobile numbers may receive codes, by ISO 3166 code. An employer chooses them; without a choice
/// the Netherlands and the rest of the EU. A short list keeps SMS pumping (codes sent to expensive premium ranges
/// abroad, paid per message) from costing money.
/// </summary>
internal static class SmsCountries
{
    /// <summary>ISO code → international calling code, for the countries of the EU.</summary>
    public static readonly IReadOnlyDictionary<string, string> CallingCodes = new Dictionary<string, string>
    {
        ["NL"] = "31", ["AT"] = "43", ["BE"] = "32", ["BG"] = "359", ["CY"] = "357", ["CZ"] = "420", ["DE"] = "49",
        ["DK"] = "45", ["EE"] = "372", ["ES"] = "34", ["FI"] = "358", ["FR"] = "33", ["GR"] = "30", ["HR"] = "385",
        ["HU"] = "36", ["IE"] = "353", ["IT"] = "39", ["LT"] = "370", ["LU"] = "352", ["LV"] = "371", ["MT"] = "356",
        ["PL"] = "48", ["PT"] = "351", ["RO"] = "40", ["SE"] = "46", ["SI"] = "386", ["SK"] = "421",
    };

    public static readonly IReadOnlyList<string> Default = [.. CallingCodes.Keys.Order()];

    public static bool IsKnown(string country) => CallingCodes.ContainsKey(country);

    /// <summary>The country of a number in E.164, or null when it is outside the list.</summary>
    public static string? Of(string e164) =>
        CallingCodes.Where(c => e164.StartsWith("+" + c.Value, StringComparison.Ordinal))
            .OrderByDescending(c => c.Value.Length).Select(c => c.Key).FirstOrDefault();
}
