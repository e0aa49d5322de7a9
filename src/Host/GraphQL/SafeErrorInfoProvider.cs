using GraphQL;
using GraphQL.Execution;

namespace Verzuim.Host.GraphQL;

/// <summary>
/// Unexpected failures reach clients as one plain `INTERNAL_ERROR`, without exception types or stack traces (those go to
/// the log). Outside Development no error carries exception details at all.
/// </summary>
internal sealed class SafeErrorInfoProvider(bool development) : ErrorInfoProvider(options =>
{
    options.ExposeExceptionDetails = development;
    options.ExposeCodes = false;
    options.ExposeData = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError error)
    {
        if (!development && error is UnhandledError)
        {
            return new ErrorInfo
            {
                Message = "Something went wrong on our side. Try again later.",
                Extensions = new Dictionary<string, object?> { ["code"] = "INTERNAL_ERROR" },
            };
        }
        return base.GetInfo(error);
    }
}
