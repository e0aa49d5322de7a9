using System.Diagnostics;

namespace Verzuim.Accounts.Shared;

/// <summary>
/// Makes every answer of an operation take at least the same time, whatever path it took, so timing cannot tell
/// a known token or address from an unknown one. The floor is well above the slowest path's usual duration.
/// </summary>
internal static class UniformDuration
{
    public static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(250);

    public static async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var elapsed = Stopwatch.StartNew();
        var result = await work();
        var remaining = Floor - elapsed.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }
        return result;
    }
}
