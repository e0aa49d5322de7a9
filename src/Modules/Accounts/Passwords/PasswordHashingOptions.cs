using System.ComponentModel.DataAnnotations;

namespace Verzuim.Accounts.Passwords;

/// <summary>Configured under Accounts:PasswordHashing; the ranges are checked at start.</summary>
internal sealed class PasswordHashingOptions
{
    /// <summary>Hashes at once; by default one core fewer than the machine has, and at least one.</summary>
    [Range(1, 1024)]
    public int Concurrency { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Requests that may wait for a slot; further ones get a "busy, try again" answer at once.</summary>
    [Range(0, 100_000)]
    public int MaxQueue { get; set; } = 64;

    /// <summary>Fewer than the default only to test old hashes; a stored hash records its own count.</summary>
    [Range(1_000, 10_000_000)]
    public int Iterations { get; set; } = PasswordHasher.DefaultIterations;
}
