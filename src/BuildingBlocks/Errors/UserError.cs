namespace Verzuim.BuildingBlocks.Errors;

/// <summary>
/// An expected failure, returned in a mutation's payload: a stable code for programs, a message for people,
/// and the path of the input field it concerns (null when it concerns the whole input).
/// </summary>
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field = null)
{
    public static UserError For(string code, string message, params string[] field) =>
        new(code, message, field.Length == 0 ? null : field);
}
