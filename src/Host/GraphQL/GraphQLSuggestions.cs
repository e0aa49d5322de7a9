using GraphQL;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// GraphQL.NET suggests similar field and argument names ("Did you mean 'employees'?"). Anonymous callers do not get
/// them, so the schema cannot be mapped by guessing.
/// </summary>
internal static class GraphQLSuggestions
{
    private const string Marker = " Did you mean";

    public static void RemoveFrom(ExecutionResult result)
    {
        if (result.Errors is not { } errors || !errors.Any(error => error.Message.Contains(Marker, StringComparison.Ordinal)))
        {
            return;
        }
        var plain = new ExecutionErrors();
        foreach (var error in errors)
        {
            plain.Add(WithoutSuggestion(error));
        }
        result.Errors = plain;
    }

    private static ExecutionError WithoutSuggestion(ExecutionError error)
    {
        var at = error.Message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return error;
        }
        var plain = new ExecutionError(error.Message[..at]) { Code = error.Code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            plain.AddLocation(location);
        }
        return plain;
    }
}
