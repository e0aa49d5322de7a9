using System.Diagnostics.Metrics;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Passwords;

/// <summary>
/// Password hashing is deliberately slow. This gate lets only a few hashes run at once and turns away a burst beyond
/// its queue, so a wave of logins cannot take every core from the other requests. It also counts the hashes it runs,
/// which shows that refused input (an oversized password) never reached the hash.
/// </summary>
internal sealed class PasswordHashingGate : IDisposable
{
    public const string MeterName = "Verzuim.Accounts.Passwords";

    private readonly SemaphoreSlim slots;
    private readonly PasswordHasher hasher;
    private readonly int maxQueue;
    private readonly Counter<long> hashes;
    private int waiting;

    public PasswordHashingGate(PasswordHasher hasher, PasswordHashingOptions options, IMeterFactory meters)
    {
        this.hasher = hasher;
        slots = new SemaphoreSlim(options.Concurrency, options.Concurrency);
        maxQueue = options.MaxQueue;
        hashes = meters.Create(MeterName).CreateCounter<long>("verzuim.password.hashes", description: "Password hash computations");
        DummyHash = hasher.Hash(Guid.NewGuid().ToString()).Value;
    }

    /// <summary>A hash, with today's parameters, of a value no account has: unknown addresses take as long as known ones.</summary>
    public string DummyHash { get; }

    public Task<PasswordHash?> HashAsync(string password, CancellationToken cancellationToken) =>
        RunAsync(() => (PasswordHash?)hasher.Hash(password), cancellationToken);

    /// <returns>null when the gate is too busy to take the work.</returns>
    public Task<PasswordVerification?> VerifyAsync(string password, string storedHash, CancellationToken cancellationToken) =>
        RunAsync(() => (PasswordVerification?)hasher.Verify(password, storedHash), cancellationToken);

    private async Task<T?> RunAsync<T>(Func<T?> work, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref waiting) > maxQueue)
        {
            Interlocked.Decrement(ref waiting);
            return default;
        }
        try
        {
            await slots.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
        try
        {
            hashes.Add(1);
            return work();
        }
        finally
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();
}
