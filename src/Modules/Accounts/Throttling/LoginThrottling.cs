using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Throttling;

/// <summary>
/// Per-address lockout. Failures are counted atomically in PostgreSQL, so parallel guesses all count and every Host
/// process sees the same lock. A failure more than a day after the previous one starts the count again.
/// </summary>
internal sealed class LoginThrottling(AccountsDbContext db, TimeProvider clock)
{
    public static byte[] KeyFor(string normalizedEmail) => SHA256.HashData(Encoding.UTF8.GetBytes("login:" + normalizedEmail));

    public async Task<TimeSpan?> LockedForAsync(byte[] key, CancellationToken cancellationToken)
    {
        var lockedUntil = await db.LoginThrottles.Where(t => t.EmailKey == key).Select(t => t.LockedUntil).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return lockedUntil > now ? lockedUntil - now : null;
    }

    public async Task RecordFailureAsync(byte[] key, LockoutPolicy policy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forgetBefore = now.AddDays(-1);
        var failures = await db.Database.SqlQuery<int>($"""
            INSERT INTO accounts.login_throttles (email_key, failures, last_failure_at) VALUES ({key}, 1, {now})
            ON CONFLICT (email_key) DO UPDATE SET
                failures = CASE WHEN login_throttles.last_failure_at < {forgetBefore} THEN 1 ELSE login_throttles.failures + 1 END,
                last_failure_at = EXCLUDED.last_failure_at
            RETURNING failures AS "Value"
            """).ToListAsync(cancellationToken);
        if (policy.DelayAfter(failures[0]) is { } delay)
        {
            var until = now + delay;
            await db.LoginThrottles.Where(t => t.EmailKey == key)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.LockedUntil, until), cancellationToken);
        }
    }

    public Task ResetAsync(byte[] key, CancellationToken cancellationToken) =>
        db.LoginThrottles.Where(t => t.EmailKey == key).ExecuteDeleteAsync(cancellationToken);
}
