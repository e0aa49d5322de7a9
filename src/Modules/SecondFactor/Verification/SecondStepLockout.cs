using Microsoft.EntityFrameworkCore;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Notices;

namespace Verzuim.SecondFactor.Verification;

/// <summary>
/// Wrong second-factor answers per account, across every session (SECURITY, "Second factor"; NIST SP 800-63B 5.2.2).
/// A guess is counted as wrong before it is checked, in one atomic statement, so parallel guesses cannot slip past the
/// limit; a right answer takes the count back to zero. The 100th wrong answer in a row locks the second step until a
/// release that doubles with every lock (1 hour, 2 hours … at most 7 days) or an HR reset, and mails the holder.
/// A right password never resets anything here.
/// </summary>
internal sealed class SecondStepLockout(SecondFactorDbContext db, FactorNotices notices, TimeProvider clock)
{
    /// <returns>Which wrong answer in a row this guess would be, or null while the second step is locked.</returns>
    public async Task<int?> TakeGuessAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A lock whose time has passed starts a new series of guesses; the number of earlier locks stays. A last guess
        // whose lock was never written (the process stopped in between) counts as a lock of the first length.
        var taken = await db.Database.SqlQuery<int>($"""
            INSERT INTO second_factor.second_step_guesses AS g (account_id, wrong_in_a_row, locks, locked_until, last_guess_at)
            VALUES ({accountId}, 1, 0, NULL, {now})
            ON CONFLICT (account_id) DO UPDATE SET
                wrong_in_a_row = CASE WHEN g.locked_until IS NULL AND g.wrong_in_a_row < {SecondStepGuesses.MaxWrongInARow} THEN g.wrong_in_a_row + 1 ELSE 1 END,
                locked_until = NULL,
                last_guess_at = EXCLUDED.last_guess_at
            WHERE (g.locked_until IS NULL AND g.wrong_in_a_row < {SecondStepGuesses.MaxWrongInARow})
                OR g.locked_until <= {now}
                OR (g.locked_until IS NULL AND g.last_guess_at <= {now - SecondStepGuesses.FirstRelease})
            RETURNING g.wrong_in_a_row AS "Value"
            """).ToListAsync(cancellationToken);
        return taken.Count == 1 ? taken[0] : null;
    }

    /// <summary>The guess was wrong. The last one allowed locks the second step and mails the holder, in one transaction.</summary>
    public async Task WrongAsync(Guid accountId, int guess, CancellationToken cancellationToken)
    {
        if (guess < SecondStepGuesses.MaxWrongInARow)
        {
            return;
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var guesses = await db.SecondStepGuesses
            .FromSql($"SELECT * FROM second_factor.second_step_guesses WHERE account_id = {accountId} FOR UPDATE")
            .SingleAsync(cancellationToken);
        if (!guesses.Lock(now))
        {
            return;
        }
        await notices.SecondStepLockedAsync(accountId, guesses.LockedUntil!.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
    }

    /// <summary>A right answer: the series of wrong ones is over.</summary>
    public Task RightAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.SecondStepGuesses.Where(g => g.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>HR reset the second factor: the lock ends with it.</summary>
    public Task ReleaseAsync(Guid accountId, CancellationToken cancellationToken) => RightAsync(accountId, cancellationToken);

    /// <summary>Until when the second step is locked, or null when it is open.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var guesses = await db.SecondStepGuesses.AsNoTracking().SingleOrDefaultAsync(g => g.AccountId == accountId, cancellationToken);
        return guesses switch
        {
            { LockedUntil: { } until } when until > now => until,
            // The last allowed guess is being checked or has just failed: locked, with the release not yet set.
            { LockedUntil: null, WrongInARow: >= SecondStepGuesses.MaxWrongInARow } => now + SecondStepGuesses.FirstRelease,
            _ => null,
        };
    }
}
