using GraphQL.Validation;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Introspection (`__schema`, `__type`) only for signed-in callers, or for anyone in Development, so anonymous visitors
/// cannot map the API. `__typename` stays allowed: clients need it.
/// </summary>
internal sealed class IntrospectionGate(bool openToAnonymous) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (openToAnonymous || (context.UserContext as CallerContext)?.Caller is not (null or AnonymousCaller))
        {
            return default;
        }
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name == "__schema" || field.Name == "__type")
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    "Log in to explore the schema.", field) { Code = ErrorCodes.Unauthenticated });
            }
        }));
    }
}
