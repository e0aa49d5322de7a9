using GraphQL;
using GraphQL.Execution;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Unexpected failures reach clients as one plain `INTERNAL_ERROR` with the request's trace id, in every environment:
/// never an exception type, message, stack trace or source path. The exception itself goes to the log under the same
/// trace id (<see cref="GraphQLRegistration"/>), so a developer finds it from what the client was told.
/// </summary>
internal sealed class SafeErrorInfoProvider() : ErrorInfoProvider(options =>
{
    options.ExposeExceptionDetails = false;
    options.ExposeCodes = false;
    options.ExposeData = false;
})
{
    public const string TraceIdKey = "verzuim:traceId";

    public override ErrorInfo GetInfo(ExecutionError error)
    {
        if (error is UnhandledError)
        {
            var traceId = error.InnerException?.Data[TraceIdKey] as string;
            return new ErrorInfo
            {
                Message = InternalErrors.Message,
                Extensions = new Dictionary<string, object?> { ["code"] = InternalErrors.Code, ["traceId"] = traceId },
            };
        }
        var info = base.GetInfo(error);
        if (error is InputFieldError input)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["field"] = input.Field;
        }
        return info;
    }
}
