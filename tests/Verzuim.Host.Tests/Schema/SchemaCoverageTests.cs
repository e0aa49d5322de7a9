using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Testing.SchemaCoverage;

namespace Verzuim.Host.Tests.Schema;

/// <summary>
/// Every field of the composed schema has been selected by some test and resolved to a value without an error. It runs
/// after all other suites (scripts/test), over the fields they recorded (<see cref="SchemaCoverageRecorder"/>).
/// </summary>
[Collection(HostApiCollection.Name)]
[Trait("Category", Category)]
public sealed class SchemaCoverageTests(VerzuimApiFactory api)
{
    public const string Category = "SchemaCoverage";

    /// <summary>Fields no test can resolve to a value, each with the reason. Keep this short.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Every_field_of_the_schema_was_selected_and_resolved_by_a_test()
    {
        var folder = SchemaCoverageRecorder.Folder;
        folder.ShouldNotBeNull($"Set {SchemaCoverageRecorder.FolderVariable} to the folder the suites recorded into: scripts/test does this.");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt") : [];
        files.ShouldNotBeEmpty($"No suite recorded its fields in {folder}; run the other suites first, as scripts/test does.");
        var resolved = files.SelectMany(File.ReadAllLines).ToHashSet(StringComparer.Ordinal);

        var untested = FieldsOf(api.Services.GetRequiredService<ISchema>())
            .Where(field => !resolved.Contains(field) && !Exempt.ContainsKey(field))
            .Order(StringComparer.Ordinal)
            .ToList();

        untested.ShouldBeEmpty($"{untested.Count} fields no test selected and resolved:\n{string.Join('\n', untested)}");
    }

    private static IEnumerable<string> FieldsOf(ISchema schema)
    {
        schema.Initialize();
        return schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => $"{type.Name}.{field.Name}"));
    }
}
