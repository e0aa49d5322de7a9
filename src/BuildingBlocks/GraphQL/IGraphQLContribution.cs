using GraphQL.Types;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>
/// A module's part of the one composed schema. GraphQL.NET has no code-first type extensions, so each module adds
/// its own fields to the shared root types here; it names another module's types only by name.
/// </summary>
public interface IGraphQLContribution
{
    void AddQueryFields(ObjectGraphType query);

    void AddMutationFields(ObjectGraphType mutation);
}
