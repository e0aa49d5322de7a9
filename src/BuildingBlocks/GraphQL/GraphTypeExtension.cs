using GraphQL.Types;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>
/// Fields one module adds to another module's object type, which it knows only by name. The owning type opts in by
/// calling <see cref="GraphTypeExtensions.ApplyExtensions"/>; it never learns what was added or by whom.
/// </summary>
public interface IGraphTypeExtension
{
    string TypeName { get; }

    void Extend(IObjectGraphType type);
}

public static class GraphTypeExtensions
{
    public static void ApplyExtensions(this IObjectGraphType type, IEnumerable<IGraphTypeExtension> extensions)
    {
        foreach (var extension in extensions.Where(extension => extension.TypeName == type.Name))
        {
            extension.Extend(type);
        }
    }
}
