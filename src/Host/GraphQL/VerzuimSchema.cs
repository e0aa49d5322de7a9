using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// The one schema, composed at start-up from every module's contribution to the shared root types.
/// A root field without an access rule stops the Host from starting: nothing is reachable by accident.
/// </summary>
internal sealed class VerzuimSchema : Schema
{
    public VerzuimSchema(IServiceProvider services, IEnumerable<IGraphQLContribution> contributions, IEnumerable<NodeResolver> nodes)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "Everything that can be read. Every field is scoped to the caller." };
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Everything that can be changed. Expected failures come back in each payload's `errors`." };
        NodeField.AddTo(query, nodes);
        foreach (var contribution in contributions)
        {
            contribution.AddQueryFields(query);
            contribution.AddMutationFields(mutation);
        }
        RequireAccessRules(query);
        RequireAccessRules(mutation);
        Query = query;
        Mutation = mutation;
        // Dates travel as ISO `Date`, whichever way a module declares them.
        RegisterTypeMapping(typeof(DateOnly), typeof(IsoDateGraphType));
        // Every instant is a DateTimeOffset and travels as the one `DateTime` scalar, with its offset.
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(InstantGraphType));
        // An explorer's full introspection query scores about a million by default; counted at 0.2% it fits the
        // complexity limit, while a handful of aliased copies of it still do not.
        this.WithIntrospectionComplexityImpact(0.002);
        Description = "Verzuim: the employee portal of an absence-management service, and the API of its employers' HR and payroll systems.";
    }

    private static void RequireAccessRules(ObjectGraphType root)
    {
        var open = root.Fields.Where(field => field.GetAccess() is null).Select(field => field.Name).ToList();
        if (open.Count > 0)
        {
            throw new InvalidOperationException($"Root fields without an access rule on {root.Name}: {string.Join(", ", open)}.");
        }
    }
}
