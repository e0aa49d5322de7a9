using System.ComponentModel.DataAnnotations;

namespace Verzuim.Host.GraphQL;

/// <summary>What one request may cost; configured under GraphQL, the ranges checked at start.</summary>
internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body; 500 employees in one upsert fit easily.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Fields per operation, every alias and every use of a fragment counted; an explorer's introspection needs about 200.</summary>
    [Range(10, 100_000)]
    public int MaxFields { get; set; } = 300;

    /// <summary>In <see cref="Verzuim.BuildingBlocks.GraphQL.Cost"/> units: about a hundred database reads.</summary>
    [Range(100, 10_000_000)]
    public int MaxComplexity { get; set; } = 10_000;
}
