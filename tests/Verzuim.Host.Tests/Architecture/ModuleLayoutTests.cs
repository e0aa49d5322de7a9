using System.Reflection;
using Mono.Cecil;

namespace Verzuim.Host.Tests.Architecture;

/// <summary>Where code lives inside a module (DESIGN.md): GraphQL only at the edge, folders in layers.</summary>
public sealed class ModuleLayoutTests
{
    private static readonly Assembly[] Modules =
    [
        typeof(Verzuim.Accounts.AccountsModule).Assembly, typeof(Verzuim.SecondFactor.SecondFactorModule).Assembly,
        typeof(Verzuim.Absence.AbsenceModule).Assembly, typeof(Verzuim.Dossiers.DossiersModule).Assembly,
    ];

    private static readonly Assembly BuildingBlocks = typeof(Verzuim.BuildingBlocks.GraphQL.IGraphQLContribution).Assembly;

    [Fact]
    public void Nothing_outside_a_GraphQL_namespace_uses_GraphQL()
    {
        var offenders = Modules.Append(BuildingBlocks).SelectMany(GraphQLOutsideTheEdge).ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_GraphQL_check_finds_GraphQL_where_it_is_used()
    {
        // The same check, asked about the schema areas themselves, must find them: it can see a use when there is one.
        var schemaTypes = Modules.SelectMany(module => NamespaceDependencies.Of(module.Location))
            .Where(type => type.Type.Namespace.EndsWith(".GraphQL", StringComparison.Ordinal)).ToList();

        schemaTypes.ShouldNotBeEmpty();
        schemaTypes.Count(type => UsesGraphQL(type.Uses)).ShouldBeGreaterThan(schemaTypes.Count / 2);
    }

    [Fact]
    public void The_folders_of_a_module_have_no_cycles()
    {
        var cycles = Modules.SelectMany(module => Cycles(module).Select(cycle => $"{module.GetName().Name}: {string.Join(" → ", cycle)}")).ToList();

        cycles.ShouldBeEmpty();
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle_of_three_and_none_in_layers()
    {
        var cycle = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" }, ["B"] = new HashSet<string> { "C" }, ["C"] = new HashSet<string> { "A", "D" }, ["D"] = new HashSet<string>(),
        };
        var layers = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B", "C" }, ["B"] = new HashSet<string> { "C" }, ["C"] = new HashSet<string>(),
        };

        FolderCycles.In(cycle).ShouldHaveSingleItem().ShouldBe(["A", "B", "C"]);
        FolderCycles.In(layers).ShouldBeEmpty();
    }

    private static IEnumerable<string> GraphQLOutsideTheEdge(Assembly assembly) =>
        NamespaceDependencies.Of(assembly.Location)
            .Where(type => !type.Type.Namespace.EndsWith(".GraphQL", StringComparison.Ordinal) && !IsRegistration(type.Type))
            .Where(type => UsesGraphQL(type.Uses))
            .Select(type => $"{type.Type.FullName} uses {string.Join(", ", type.Uses.Where(IsGraphQL).Order())}");

    private static bool UsesGraphQL(IReadOnlySet<string> uses) => uses.Any(IsGraphQL);

    private static bool IsGraphQL(string ns) =>
        ns == "GraphQL" || ns.StartsWith("GraphQL.", StringComparison.Ordinal) || ns.StartsWith("GraphQLParser", StringComparison.Ordinal)
        || ns.EndsWith(".GraphQL", StringComparison.Ordinal);

    /// <summary>The module's registration composes its parts, the schema area included; it is no folder's code.</summary>
    private static bool IsRegistration(TypeDefinition type) => type.Name.EndsWith("Module", StringComparison.Ordinal) && type.IsPublic;

    private static IReadOnlyList<IReadOnlyList<string>> Cycles(Assembly module)
    {
        var root = module.GetName().Name!;
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var (type, uses) in NamespaceDependencies.Of(module.Location))
        {
            if (IsRegistration(type) || !type.Namespace.StartsWith(root, StringComparison.Ordinal) || type.Namespace.EndsWith(".Migrations", StringComparison.Ordinal))
            {
                continue;
            }
            var folder = edges.TryGetValue(type.Namespace, out var known) ? known : edges[type.Namespace] = [];
            folder.UnionWith(uses.Where(used => used != type.Namespace && (used == root || used.StartsWith(root + ".", StringComparison.Ordinal))
                && !used.EndsWith(".Migrations", StringComparison.Ordinal)));
        }
        return FolderCycles.In(edges.ToDictionary(edge => edge.Key, edge => (IReadOnlySet<string>)edge.Value));
    }
}
