using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Host.GraphQL;

/// <summary>`node(id:)`: any object by its global id, authorised as every other path. Foreign, malformed and missing ids all give null.</summary>
internal static class NodeField
{
    public static void AddTo(ObjectGraphType query, IEnumerable<NodeResolver> resolvers)
    {
        var byType = resolvers.ToDictionary(resolver => resolver.TypeName);
        query.Field<NodeInterface>("node")
            .Description("Fetch any object by its global id. A missing id and one you may not see both give null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Access.AnySignedIn.OrAnyApiClient())
            .ResolveAsync(async context =>
                GlobalId.TryDecode(context.GetArgument<string>("id"), out var typeName, out var id) && byType.TryGetValue(typeName, out var resolver)
                    ? await resolver.Resolve(context.RequestServices!, id, context.Caller(), context.CancellationToken)
                    : null);
    }
}
