namespace Verzuim.Host.GraphQL;

internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body; 500 employees in one upsert fit easily.</summary>
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    public int MaxDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 5_000;
}
