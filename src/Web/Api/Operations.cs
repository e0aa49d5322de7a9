using System.Collections.Concurrent;

namespace Verzuim.Web.Api;

/// <summary>
/// The GraphQL operations Web sends, as .graphql files embedded in this assembly. Host's tests validate each one
/// against the composed schema, so a schema change that breaks the portal fails the build.
/// </summary>
internal static class Operations
{
    private static readonly ConcurrentDictionary<string, string> Documents = new();

    public static string Get(string name) => Documents.GetOrAdd(name, static operation =>
    {
        using var stream = typeof(Operations).Assembly.GetManifestResourceStream($"Verzuim.Web.Api.Operations.{operation}.graphql")
            ?? throw new InvalidOperationException($"No operation named {operation}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
