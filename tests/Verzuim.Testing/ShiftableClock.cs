namespace Verzuim.Testing;

/// <summary>
/// The real clock, moved forward on demand: a browser test jumps past a time limit (such as the ten-minute login check)
/// while time keeps running for everything else, as it does in production.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long shiftTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);
}
