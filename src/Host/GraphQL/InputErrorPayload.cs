using GraphQL.Types;
using GraphQLParser.AST;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// A mutation whose input holds a refused date never runs, yet its caller reads failures from the payload's
/// `errors`, as for every other refused value. When the document selects one mutation whose payload has `errors`
/// and nothing else it asks for must be present, this answers that payload: the input errors in `errors`, every
/// other field null. Anything else (a query, several mutations, a required field) keeps the request-level errors.
/// </summary>
internal static class InputErrorPayload
{
    public static Dictionary<string, object?>? TryBuild(ISchema schema, GraphQLDocument document, string? operationName, IReadOnlyList<InputFieldError> errors)
    {
        if (SelectedOperation(document, operationName) is not { Operation: OperationType.Mutation } operation
            || Flatten(operation.SelectionSet, document).ToList() is not [var root]
            || schema.Mutation?.GetField(root.Name.StringValue) is not { } mutation
            || Unwrap(mutation.ResolvedType) is not IObjectGraphType payloadType
            || root.SelectionSet is null)
        {
            return null;
        }
        var payload = new Dictionary<string, object?>();
        foreach (var field in Flatten(root.SelectionSet, document))
        {
            var name = field.Name.StringValue;
            if (name == "__typename")
            {
                payload[ResponseKey(field)] = payloadType.Name;
                continue;
            }
            if (payloadType.GetField(name) is not { } definition)
            {
                return null;
            }
            if (name == "errors" && field.SelectionSet is { } errorSelection)
            {
                payload[ResponseKey(field)] = errors.Select(error => UserError(error, errorSelection, document)).ToList();
            }
            else if (NothingDone(definition.ResolvedType, out var value))
            {
                payload[ResponseKey(field)] = value;
            }
            else
            {
                return null;
            }
        }
        return new Dictionary<string, object?> { [ResponseKey(root)] = payload };
    }

    private static Dictionary<string, object?> UserError(InputFieldError error, GraphQLSelectionSet selection, GraphQLDocument document)
    {
        var answer = new Dictionary<string, object?>();
        foreach (var field in Flatten(selection, document))
        {
            answer[ResponseKey(field)] = field.Name.StringValue switch
            {
                "code" => error.Code,
                "message" => error.Explanation,
                "field" => error.Field,
                "__typename" => "UserError",
                _ => null,
            };
        }
        return answer;
    }

    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(operation => operation.Name?.StringValue == operationName);
    }

    /// <summary>The fields of a selection with its fragments spread in; payloads are object types, so no condition can exclude one.</summary>
    private static IEnumerable<GraphQLField> Flatten(GraphQLSelectionSet set, GraphQLDocument document)
    {
        foreach (var selection in set.Selections)
        {
            var inner = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Flatten(inline.SelectionSet, document),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .Where(fragment => fragment.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)
                    .SelectMany(fragment => Flatten(fragment.SelectionSet, document)),
                _ => [],
            };
            foreach (var field in inner)
            {
                yield return field;
            }
        }
    }

    /// <summary>What a field says when nothing was written: null, an empty list, or a count of 0; false when it has no such answer.</summary>
    private static bool NothingDone(IGraphType? type, out object? value)
    {
        value = type switch
        {
            NonNullGraphType { ResolvedType: ListGraphType } => Array.Empty<object>(),
            NonNullGraphType { ResolvedType: IntGraphType } => 0,
            NonNullGraphType => null,
            _ => null,
        };
        return type is not NonNullGraphType || value is not null;
    }

    private static string ResponseKey(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? Unwrap(nonNull.ResolvedType) : type;
}
