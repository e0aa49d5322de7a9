using GraphQL.Validation;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Introspection (`__schema`, `__type`) only for authenticated callers, or for anonymous ones in Development, so
/// visitors cannot map the API. A session that has only passed the password never introspects: it may do nothing but
/// its second step. `__typename` stays allowed: clients need it.
/// </summary>
internal sealed class IntrospectionGate(bool openToAnonymous) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = (context.UserContext as CallerContext)?.Caller ?? AnonymousCaller.Instance;
        var refused = caller switch
        {
            AnonymousCaller => openToAnonymous ? null : "Log in to explore the schema.",
            SessionCaller { IsFullyAuthenticated: false } => "Complete the second factor to explore the schema.",
            _ => null,
        };
        if (refused is null)
        {
            return default;
        }
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name == "__schema" || field.Name == "__type")
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null, refused, field) { Code = ErrorCodes.Unauthenticated });
            }
        }));
    }
}
