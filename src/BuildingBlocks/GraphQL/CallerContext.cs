using System.Net;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>The GraphQL user context: carries the authenticated caller to resolvers and validation rules.</summary>
public sealed class CallerContext(Caller caller, IPAddress? sourceAddress, string? traceId = null) : Dictionary<string, object?>
{
    public Caller Caller { get; } = caller;

    /// <summary>The request's trace id: an unexpected failure is answered and logged with it.</summary>
    public string? TraceId { get; } = traceId;

    /// <summary>The client's address (behind the Web app, the address Web forwarded), for per-source throttling.</summary>
    public IPAddress? SourceAddress { get; } = sourceAddress;

    /// <summary>Set by a resolver that turned the caller away for now; the endpoint answers 429 with Retry-After.</summary>
    public TimeSpan? RetryAfter { get; set; }
}

public static class CallerContextExtensions
{
    public static Caller Caller(this IResolveFieldContext context) =>
        (context.UserContext as CallerContext)?.Caller ?? AnonymousCaller.Instance;

    public static IPAddress? SourceAddress(this IResolveFieldContext context) => (context.UserContext as CallerContext)?.SourceAddress;

    public static void SignalRetryAfter(this IResolveFieldContext context, TimeSpan wait)
    {
        if (context.UserContext is CallerContext callerContext)
        {
            callerContext.RetryAfter = wait;
        }
    }

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    public static T Caller<T>(this IResolveFieldContext context) where T : Caller =>
        context.Caller() as T ?? throw new InvalidOperationException(
            $"The field {context.FieldDefinition.Name} is reached only by {typeof(T).Name}; its access rule is wrong.");
}
