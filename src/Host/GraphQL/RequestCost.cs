using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Bounds what one request may cost before it runs (SECURITY, "Authorization and tenancy"): a depth, a number of
/// fields (aliases included, fragments counted where they are used) and a complexity counted as resolvers really cost
/// (see <see cref="Cost"/>): database reads weigh a hundred values, lists multiply by their `first` or by ten.
/// </summary>
internal static class RequestCost
{
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooComplex = "QUERY_TOO_COMPLEX";
    public const string TooDeep = "QUERY_TOO_DEEP";

    public static void Configure(ComplexityOptions complexity, GraphQLOptions limits)
    {
        complexity.MaxDepth = limits.MaxDepth;
        complexity.MaxComplexity = limits.MaxComplexity;
        complexity.DefaultListImpactMultiplier = Cost.ExpectedListLength;
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context => Impact(context, standard(context));
        complexity.ValidateComplexityDelegate = context =>
        {
            if (context.Error is null)
            {
                return Task.CompletedTask;
            }
            var (code, message) = context.MaxDepth > limits.MaxDepth
                ? (TooDeep, $"The query is nested {context.MaxDepth} deep; at most {limits.MaxDepth} levels are allowed.")
                : (TooComplex, $"The query would cost {context.TotalImpact:0} to run; at most {limits.MaxComplexity} is allowed. Ask for fewer items or fields.");
            context.Error = new ValidationError(message) { Code = code };
            return Task.CompletedTask;
        };
    }

    /// <param name="standard">GraphQL.NET's own count: 1 a field, lists multiplied by their `first` or `last`.</param>
    private static FieldComplexityResult Impact(FieldImpactContext context, FieldComplexityResult standard)
    {
        var schema = context.ValidationContext.Schema;
        var impact = context.ParentType == schema.Mutation ? Cost.Write
            : context.ParentType == schema.Query || context.FieldDefinition.IsDatabaseRead() ? Cost.DatabaseRead
            : standard.FieldImpact;
        return new FieldComplexityResult(impact, standard.ChildImpactMultiplier);
    }
}

/// <summary>Refuses an operation that selects more fields than the limit, counting every alias and every use of a fragment.</summary>
internal sealed class FieldCountLimit(int maxFields) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                .GroupBy(fragment => fragment.FragmentName.Name.StringValue).ToDictionary(group => group.Key, group => group.First());
            var count = Count(operation.SelectionSet, fragments, depth: 0);
            if (count > maxFields)
            {
                context.ReportError(new ValidationError(context.Document.Source, null,
                    $"The query selects more than {maxFields} fields (aliases and fragments counted where they are used). Split it up.", operation)
                {
                    Code = RequestCost.TooManyFields,
                });
            }
        }
        return default;
    }

    /// <summary>Stops counting past the limit, and at a depth no valid document reaches (a fragment cycle).</summary>
    private int Count(GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments, int depth)
    {
        if (selections is null || depth > 64)
        {
            return 0;
        }
        var count = 0;
        foreach (var selection in selections.Selections)
        {
            count += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet, fragments, depth + 1),
                GraphQLInlineFragment inline => Count(inline.SelectionSet, fragments, depth + 1),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) =>
                    Count(fragment.SelectionSet, fragments, depth + 1),
                _ => 0,
            };
            if (count > maxFields)
            {
                return count;
            }
        }
        return count;
    }
}
