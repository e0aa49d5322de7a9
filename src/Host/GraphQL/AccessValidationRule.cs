using GraphQL.Validation;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Checks, before anything runs, that the caller may select each root field (see <see cref="Access"/>), and that no
/// mutation appears twice: aliases must not turn one request into many login or code guesses.
/// </summary>
internal sealed class AccessValidationRule : ValidationRuleBase
{
    public static readonly AccessValidationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = (context.UserContext as CallerContext)?.Caller ?? AnonymousCaller.Instance;
        var mutationsSeen = new HashSet<string>();
        return new(new MatchingNodeVisitor<GraphQLField>((node, validation) =>
        {
            var parent = validation.TypeInfo.GetParentType();
            var field = validation.TypeInfo.GetFieldDef();
            if (field is null || field.Name.StartsWith("__", StringComparison.Ordinal)
                || (parent != validation.Schema.Query && parent != validation.Schema.Mutation))
            {
                return;
            }
            if (field.GetAccess() is not { } access || !access.Admits(caller))
            {
                var (code, message) = caller is AnonymousCaller
                    ? (ErrorCodes.Unauthenticated, $"Log in to use `{field.Name}`: send a session token or API key as `Authorization: Bearer …`.")
                    : (ErrorCodes.Forbidden, $"You may not use `{field.Name}`.");
                validation.ReportError(new ValidationError(validation.Document.Source, null, message, node) { Code = code });
            }
            else if (parent == validation.Schema.Mutation && !mutationsSeen.Add(field.Name))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"`{field.Name}` may appear once per request.", node) { Code = "MUTATION_REPEATED" });
            }
        }));
    }
}
