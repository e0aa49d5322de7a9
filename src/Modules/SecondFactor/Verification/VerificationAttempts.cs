using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.SecondFactor.Data;

namespace Verzuim.SecondFactor.Verification;

/// <summary>
/// Wrong codes per login attempt (session), counted atomically in PostgreSQL: every guess counts, however it is sent.
/// The fifth wrong one ends the password-only session; the user logs in again (and meets the password lockout).
/// </summary>
internal sealed class VerificationAttempts(SecondFactorDbContext db, IAccountSessions sessions, TimeProvider clock)
{
    public const int MaxFailures = 5;

    /// <returns>True when this failure used up the attempts and the session has been ended.</returns>
    public async Task<bool> RecordFailureAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var failures = await db.Database.SqlQuery<int>($"""
            INSERT INTO second_factor.verification_attempts (session_id, failures, last_failure_at) VALUES ({sessionId}, 1, {clock.GetUtcNow()})
            ON CONFLICT (session_id) DO UPDATE SET failures = verification_attempts.failures + 1, last_failure_at = EXCLUDED.last_failure_at
            RETURNING failures AS "Value"
            """).ToListAsync(cancellationToken);
        if (failures[0] < MaxFailures)
        {
            return false;
        }
        await sessions.EndAsync(sessionId, cancellationToken);
        return true;
    }

    public async Task<bool> ExhaustedAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.VerificationAttempts.Where(a => a.SessionId == sessionId).Select(a => a.Failures).SingleOrDefaultAsync(cancellationToken) >= MaxFailures;
}
