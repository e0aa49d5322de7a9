using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Verzuim.Web.Api;

/// <summary>
/// The GraphQL operations Web sends, as .graphql files embedded in this assembly, each sent with the fragments from
/// Operations/Fragments that it spreads. Host's tests validate each one, as sent, against the composed schema, so a
/// schema change that breaks the portal fails the build.
/// </summary>
internal static partial class Operations
{
    private static readonly ConcurrentDictionary<string, string> Documents = new();

    /// <summary>The document for <paramref name="name"/>: the operation followed by every fragment it needs.</summary>
    public static string Get(string name) => Documents.GetOrAdd(name, static operation =>
    {
        var document = Read($"{operation}.graphql");
        var included = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(Spreads(document));
        var fragments = new List<string>();
        while (pending.TryDequeue(out var fragment))
        {
            if (included.Add(fragment))
            {
                var text = Read($"Fragments.{fragment}.graphql");
                fragments.Add(text);
                foreach (var nested in Spreads(text))
                {
                    pending.Enqueue(nested);
                }
            }
        }
        return string.Join('\n', [document, .. fragments]);
    });

    private static IEnumerable<string> Spreads(string document) =>
        FragmentSpread().Matches(document).Select(match => match.Groups[1].Value);

    private static string Read(string resource)
    {
        using var stream = typeof(Operations).Assembly.GetManifestResourceStream($"Verzuim.Web.Api.Operations.{resource}")
            ?? throw new InvalidOperationException($"No GraphQL document {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A named spread (`...SessionFields`), not an inline fragment (`... on Type`).
    [GeneratedRegex(@"\.\.\.\s*(?!on\b)([_A-Za-z][_0-9A-Za-z]*)")]
    private static partial Regex FragmentSpread();
}
