namespace Verzuim.SecondFactor.Domain;

/// <summary>One account's wrong second-factor answers in a row, and its locks.</summary>
internal sealed class SecondStepGuesses
{
    public const int MaxWrongInARow = 100;
    public static readonly TimeSpan FirstRelease = TimeSpan.FromHours(1);
    public static readonly TimeSpan LongestRelease = TimeSpan.FromDays(7);

    private SecondStepGuesses() { }

    public Guid AccountId { get; private set; }
    public int WrongInARow { get; private set; }

    /// <summary>How many times the second step was locked since the last right answer; each release takes twice as long.</summary>
    public int Locks { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset LastGuessAt { get; private set; }

    /// <returns>False when it is already locked (another request got there first).</returns>
    public bool Lock(DateTimeOffset now)
    {
        if (LockedUntil is not null || WrongInARow < MaxWrongInARow)
        {
            return false;
        }
        var release = FirstRelease * Math.Pow(2, Math.Min(Locks, 16));
        LockedUntil = now + (release < LongestRelease ? release : LongestRelease);
        Locks++;
        return true;
    }
}
