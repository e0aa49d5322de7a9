using GraphQL.Types;

namespace Verzuim.BuildingBlocks.GraphQL;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the object.");
    }
}

/// <summary>
/// Finds one object of a node type by its row id, within what the caller may see. Missing and not-theirs both give
/// null, so `node(id:)` answers a foreign id exactly as it answers a made-up one.
/// </summary>
public sealed record NodeResolver(string TypeName, Func<IServiceProvider, Guid, Callers.Caller, CancellationToken, Task<object?>> Resolve);
