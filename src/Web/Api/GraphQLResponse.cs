using System.Text.Json;

namespace Verzuim.Web.Api;

internal sealed record GraphQLResponse<TData>(TData? Data, List<GraphQLError>? Errors) where TData : class;

internal sealed record GraphQLError(string Message, Dictionary<string, JsonElement>? Extensions)
{
    public string? Code => Extensions?.TryGetValue("code", out var code) == true ? code.GetString() : null;
}

/// <summary>An expected failure from a mutation's payload: a stable code (the UI translates it) and the input field.</summary>
public sealed record UserError(string Code, string Message, List<string>? Field)
{
    /// <summary>The last part of the field path, which the form uses to place the message.</summary>
    public string? FieldName => Field is { Count: > 0 } ? Field[^1] : null;
}

/// <summary>The Host could not answer the request at all (unavailable, or a request our client should never send).</summary>
public sealed class HostApiException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The Host no longer accepts the session token: the visitor must log in again.</summary>
public sealed class SessionEndedException() : Exception("The session has ended.");
