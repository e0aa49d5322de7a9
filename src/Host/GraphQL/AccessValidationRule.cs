using GraphQL.Validation;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Checks, before anything runs, that the caller may select each root field of the operation that will run (see
/// <see cref="Access"/>), and that no mutation appears twice: aliases must not turn one request into many guesses.
/// Other operations in the same document (an explorer keeps several) are not judged; they do not run.
/// </summary>
internal sealed class AccessValidationRule : ValidationRuleBase
{
    public static readonly AccessValidationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = (context.UserContext as CallerContext)?.Caller ?? AnonymousCaller.Instance;
        var runs = context.Operation is { } operation
            ? new HashSet<ASTNode>([operation, .. context.GetRecursivelyReferencedFragments(operation) ?? []])
            : [];
        return new(new Visitor(caller, runs));
    }

    private sealed class Visitor(Caller caller, HashSet<ASTNode> runs) : INodeVisitor
    {
        private readonly HashSet<string> mutationsSeen = [];
        private bool inRunningDefinition;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLOperationDefinition or GraphQLFragmentDefinition)
            {
                inRunningDefinition = runs.Contains(node);
            }
            else if (node is GraphQLField field && inRunningDefinition)
            {
                Check(field, context);
            }
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private void Check(GraphQLField node, ValidationContext context)
        {
            var parent = context.TypeInfo.GetParentType();
            var field = context.TypeInfo.GetFieldDef();
            if (field is null || field.Name.StartsWith("__", StringComparison.Ordinal) || (parent != context.Schema.Query && parent != context.Schema.Mutation))
            {
                return;
            }
            if (field.GetAccess() is not { } access || !access.Admits(caller))
            {
                var (code, message) = caller switch
                {
                    AnonymousCaller => (ErrorCodes.Unauthenticated, $"Log in to use `{field.Name}`: send a session token or API key as `Authorization: Bearer …`."),
                    SessionCaller { IsFullyAuthenticated: false } => (ErrorCodes.Unauthenticated, $"Complete the second factor to use `{field.Name}`."),
                    _ => (ErrorCodes.Forbidden, $"You may not use `{field.Name}`."),
                };
                context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = code });
            }
            else if (parent == context.Schema.Mutation && !mutationsSeen.Add(field.Name))
            {
                context.ReportError(new ValidationError(context.Document.Source, null, $"`{field.Name}` may appear once per request.", node)
                {
                    Code = "MUTATION_REPEATED",
                });
            }
        }
    }
}
