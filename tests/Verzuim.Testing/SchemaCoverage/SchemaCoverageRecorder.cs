using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;

namespace Verzuim.Testing.SchemaCoverage;

/// <summary>
/// Records, while the suites run, every field of the composed schema that a test selected and that resolved to a value
/// without an error ("Type.field"). Scalars are serialised during execution, so a value that fails to serialise counts
/// as not resolved. Each test process writes its set to the folder named by <see cref="FolderVariable"/>; the
/// schema-coverage test compares their union with the schema.
/// </summary>
public sealed class SchemaCoverageRecorder : IConfigureExecution
{
    public const string FolderVariable = "VERZUIM_SCHEMA_COVERAGE";

    private static readonly ConcurrentDictionary<string, byte> Resolved = new(StringComparer.Ordinal);

    public static string? Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder : null;

    public float SortOrder => 2_000;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (result.Executed && result.Data is ExecutionNode root && options.RequestServices?.GetService(typeof(ISchema)) is ISchema schema)
        {
            var failed = new HashSet<string>((result.Errors ?? []).Where(e => e.Path is not null).Select(e => PathKey(e.Path!)), StringComparer.Ordinal);
            Visit(root, schema, failed);
        }
        return result;
    }

    /// <summary>Writes this process's fields; called as each Host of the tests shuts down.</summary>
    public static void Flush()
    {
        if (Folder is not { } folder)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, $"{Environment.ProcessId}.txt"), Resolved.Keys.Order(StringComparer.Ordinal));
    }

    private static void Visit(ExecutionNode node, ISchema schema, HashSet<string> failed)
    {
        if (node is not RootExecutionNode && node.FieldDefinition is { } field && node.Field is not null
            && !field.Name.StartsWith("__", StringComparison.Ordinal) && node.Result is not null
            && !failed.Contains(PathKey(node.ResponsePath)) && node.GetParentType(schema) is { } parent)
        {
            Resolved.TryAdd($"{parent.Name}.{field.Name}", 0);
        }
        switch (node)
        {
            case ObjectExecutionNode { SubFields: { } fields }:
                foreach (var child in fields)
                {
                    Visit(child, schema, failed);
                }
                break;
            case ArrayExecutionNode { Items: { } items }:
                foreach (var item in items)
                {
                    Visit(item, schema, failed);
                }
                break;
        }
    }

    private static string PathKey(IEnumerable<object> path) => string.Join('/', path);
}
