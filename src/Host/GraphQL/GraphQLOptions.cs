namespace Verzuim.Host.GraphQL;

internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body; 500 employees in one upsert fit easily.</summary>
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    public int MaxDepth { get; set; } = 15;

    /// <summary>Fields per operation, every alias and every use of a fragment counted; an explorer's introspection needs about 200.</summary>
    public int MaxFields { get; set; } = 300;

    /// <summary>In <see cref="Verzuim.BuildingBlocks.GraphQL.Cost"/> units: about a hundred database reads.</summary>
    public int MaxComplexity { get; set; } = 10_000;
}
