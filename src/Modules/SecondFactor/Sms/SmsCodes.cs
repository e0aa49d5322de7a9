using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.Sms;

/// <summary>Sends and checks SMS codes (SECURITY, "Second factor": SMS). The code itself is never stored or logged.</summary>
internal sealed class SmsCodes(SecondFactorDbContext db, ISmsSender sender, IOptions<SecondFactorOptions> keys, TimeProvider clock)
{
    public const int MaxSendsPer10Minutes = 3;

    /// <returns>An error, or null when the SMS left.</returns>
    public async Task<UserError?> SendAsync(SessionCaller caller, Factor factor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Counted and recorded under the account's lock: of concurrent requests past the cap, none sends.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(caller.AccountId, cancellationToken);
        var recentSends = await db.SmsChallenges.CountAsync(c => c.AccountId == caller.AccountId && c.CreatedAt > now.AddMinutes(-10), cancellationToken);
        if (recentSends >= MaxSendsPer10Minutes)
        {
            return UserError.For(ErrorCodes.TooManyAttempts, $"At most {MaxSendsPer10Minutes} codes per 10 minutes. Wait a little, or use another method.");
        }
        // The older code of this login attempt stops working the moment a new one is asked for.
        await db.SmsChallenges.Where(c => c.SessionId == caller.SessionId && c.UsedAt == null && c.RetiredAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.RetiredAt, now), cancellationToken);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var id = Guid.CreateVersion7(now);
        db.SmsChallenges.Add(SmsChallenge.For(id, caller.AccountId, factor.Id, caller.SessionId, Hash(id, code), now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var text = $"Je code voor het werknemerportaal is {code}. Deel deze code met niemand. De code werkt 5 minuten.";
        return await sender.SendAsync(factor.PhoneNumber!, text, cancellationToken)
            ? null
            : UserError.For(SecondFactorErrorCodes.SmsUnavailable, "The SMS could not be sent right now. Use another method, or try again in a moment.");
    }

    /// <summary>True when the code belongs to the newest open challenge of this login attempt (and, if given, this factor).</summary>
    public async Task<bool> VerifyAsync(SessionCaller caller, string code, Guid? factorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var challenge = await db.SmsChallenges.AsNoTracking()
            .Where(c => c.SessionId == caller.SessionId && c.AccountId == caller.AccountId && c.UsedAt == null && c.RetiredAt == null && c.ExpiresAt > now
                && (factorId == null || c.FactorId == factorId))
            .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        if (challenge is null || digits.Length != 6 || code.Length > 20)
        {
            return false;
        }
        if (!CryptographicOperations.FixedTimeEquals(challenge.CodeHash, Hash(challenge.Id, digits)))
        {
            // Counted and capped in one statement, so concurrent guesses cannot exceed the limit.
            await db.SmsChallenges.Where(c => c.Id == challenge.Id)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Failures, x => x.Failures + 1)
                    .SetProperty(x => x.RetiredAt, x => x.Failures + 1 >= SmsChallenge.MaxFailures ? now : x.RetiredAt), cancellationToken);
            return false;
        }
        return await db.SmsChallenges.Where(c => c.Id == challenge.Id && c.UsedAt == null && c.RetiredAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.UsedAt, now), cancellationToken) == 1;
    }

    private byte[] Hash(Guid challengeId, string code) =>
        HMACSHA256.HashData(Convert.FromBase64String(keys.Value.SecretKey), Encoding.UTF8.GetBytes($"{challengeId:N}:{code}"));
}
