using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>A refused input value, with a specific code and the path of the input field, as payload errors name it.</summary>
internal sealed class InputFieldError : ExecutionError
{
    public InputFieldError(string code, string message, IReadOnlyList<string> field) : base($"{string.Join('.', field)}: {message}")
    {
        Code = code;
        Field = field;
        Explanation = message;
    }

    public IReadOnlyList<string> Field { get; }

    /// <summary>The message without the field path in front, as a payload's error carries it beside its `field`.</summary>
    public string Explanation { get; }
}

/// <summary>
/// A date in a variable or literal that is no day in the calendar (`1991-02-29`) or no date at all stops the document
/// before it runs. GraphQL.NET then says "Unable to convert"; this says which field, why, and with `INVALID_DATE`,
/// in the mutation's payload where it has `errors` (<see cref="InputErrorPayload"/>).
/// </summary>
internal sealed partial class InputErrors : IConfigureExecution
{
    public float SortOrder => 500;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (!result.Executed && result.Errors is { Count: > 0 } errors && errors.Any(error => InnerDateError(error) is not null))
        {
            var explained = new ExecutionErrors();
            foreach (var error in errors)
            {
                explained.Add(Explain(error, options.Document) ?? error);
            }
            result.Errors = explained;
            if (explained.All(error => error is InputFieldError) && options.Document is { } document
                && InputErrorPayload.TryBuild(options.Schema!, document, options.OperationName, [.. explained.Cast<InputFieldError>()]) is { } data)
            {
                return new ExecutionResult(result) { Data = data, Errors = null, Executed = true };
            }
        }
        return result;
    }

    private static ExecutionError? Explain(ExecutionError error, GraphQLDocument? document) => InnerDateError(error) is not { } date ? null : error switch
    {
        InvalidVariableError when VariablePath().Match(error.Message) is { Success: true } path =>
            new InputFieldError(date.Code, date.Message, Split(path.Groups[1].Value)),
        _ when LiteralArgument().Match(error.Message) is { Success: true } argument && date.Text is { } text && document is not null =>
            new InputFieldError(date.Code, date.Message, LiteralPath(document, argument.Groups[1].Value, text) ?? [argument.Groups[1].Value]),
        _ => null,
    };

    private static InvalidDateException? InnerDateError(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is InvalidDateException date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>`$input.employees[0].dateOfBirth` → input, employees, 0, dateOfBirth.</summary>
    private static string[] Split(string path) => path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.');

    /// <summary>Where in the document's literal for this argument the string was written: input, employees, 0, dateOfBirth.</summary>
    private static List<string>? LiteralPath(GraphQLDocument document, string argumentName, string text)
    {
        foreach (var argument in Arguments(document).Where(argument => argument.Name.StringValue == argumentName))
        {
            if (Find(argument.Value, text) is { } inside)
            {
                inside.Insert(0, argumentName);
                return inside;
            }
        }
        return null;
    }

    private static IEnumerable<GraphQLArgument> Arguments(ASTNode node) => node switch
    {
        GraphQLDocument document => document.Definitions.SelectMany(Arguments),
        GraphQLOperationDefinition operation => Arguments(operation.SelectionSet),
        GraphQLSelectionSet set => set.Selections.SelectMany(Arguments),
        GraphQLField field => (field.Arguments?.Items ?? []).Concat(field.SelectionSet is null ? [] : Arguments(field.SelectionSet)),
        _ => [],
    };

    private static List<string>? Find(GraphQLValue value, string text)
    {
        switch (value)
        {
            case GraphQLStringValue found when found.Value == text:
                return [];
            case GraphQLObjectValue { Fields: { } fields }:
                foreach (var field in fields)
                {
                    if (Find(field.Value, text) is { } path)
                    {
                        path.Insert(0, field.Name.StringValue);
                        return path;
                    }
                }
                break;
            case GraphQLListValue { Values: { } items }:
                for (var i = 0; i < items.Count; i++)
                {
                    if (Find(items[i], text) is { } path)
                    {
                        path.Insert(0, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        return path;
                    }
                }
                break;
        }
        return null;
    }

    [GeneratedRegex(@"^Variable '\$([^']+)' is invalid")]
    private static partial Regex VariablePath();

    [GeneratedRegex(@"^Invalid literal for argument '([^']+)'")]
    private static partial Regex LiteralArgument();
}
