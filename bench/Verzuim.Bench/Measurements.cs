using System.Diagnostics;

namespace Verzuim.Bench;

internal sealed record Measurement(string Name, int Requests, int Failures, TimeSpan Duration, double P50, double P99, double Max)
{
    public double Throughput => Requests / Duration.TotalSeconds;

    public static Measurement From(string name, List<double> latencies, int failures, TimeSpan duration)
    {
        latencies.Sort();
        double At(double percentile) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(percentile * latencies.Count))];
        return new Measurement(name, latencies.Count, failures, duration, At(0.50), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1]);
    }

    /// <summary>For timed steps inside a longer loop, where a rate would mean nothing.</summary>
    public string Latencies() =>
        $"{Name,-34} p50 {P50,6:F2} ms   p99 {P99,6:F2} ms   max {Max,7:F2} ms   ({Requests} ok, {Failures} failed)";

    public override string ToString() =>
        $"{Name,-34} {Throughput,9:F0} req/s   p50 {P50,6:F2} ms   p99 {P99,6:F2} ms   max {Max,7:F2} ms   ({Requests} ok, {Failures} failed)";
}

internal static class Load
{
    /// <summary>Closed loop: <paramref name="workers"/> clients send back to back for the duration; measures throughput.</summary>
    public static async Task<Measurement> ClosedLoopAsync(string name, Func<CancellationToken, Task<bool>> request, int workers, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var failures = 0;
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            latencies[worker] = [];
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                if (await request(CancellationToken.None))
                {
                    latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        return Measurement.From(name, [.. latencies.SelectMany(l => l)], failures, clock.Elapsed);
    }

    /// <summary>
    /// Open loop: requests leave on a fixed schedule whether or not earlier ones have returned, and latency is counted
    /// from the scheduled moment, so a slow server cannot hide its queueing (no coordinated omission).
    /// </summary>
    public static async Task<Measurement> FixedRateAsync(string name, Func<CancellationToken, Task<bool>> request, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var latencies = new double[total];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var scheduled = interval * i;
            var wait = scheduled - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                var ok = await request(CancellationToken.None);
                latencies[index] = (clock.Elapsed - scheduled).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }));
        }
        await Task.WhenAll(inFlight);
        return Measurement.From(name, [.. latencies], failures, clock.Elapsed);
    }
}
