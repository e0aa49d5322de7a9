using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Clients send the same few documents again and again. A document that passed validation once is kept, parsed, and
/// later runs only the rules that depend on the caller (access, introspection); variables are still checked every time.
/// </summary>
internal sealed class ValidatedDocuments : IConfigureExecution
{
    private const int MaxDocuments = 1_000;
    private const int MaxQueryLength = 20_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new();

    /// <summary>After the validation rules are configured, so it can swap them for the cached-document rules.</summary>
    public float SortOrder => 1_000;

    public GraphQLDocument Parse(string query) => documents.TryGetValue(query, out var document) ? document : GraphQLParser.Parser.Parse(query);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var known = options.Query is { } query && documents.TryGetValue(query, out var cached) && ReferenceEquals(cached, options.Document);
        if (known)
        {
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }
        var result = await next(options);
        if (!known && result.Executed && options.Query is { Length: <= MaxQueryLength } text && options.Document is { } parsed
            && documents.Count < MaxDocuments)
        {
            documents.TryAdd(text, parsed);
        }
        return result;
    }
}
