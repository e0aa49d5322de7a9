using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Sessions;
using Verzuim.Accounts.Shared;
using Verzuim.Accounts.Throttling;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.PasswordReset;

internal sealed class ResetPasswordInput
{
    public string Token { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

internal sealed record ResetPasswordPayload(bool Success, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Sets a new password from a mailed link (reset or first activation). It logs nobody in — the normal login, with its
/// second factor, follows — and it ends every session of the account.
/// </summary>
internal sealed class ResetPassword(
    AccountsDbContext db, PasswordHashingGate hashing, SessionIssuer sessions, LoginThrottling throttling,
    EmailOutbox<AccountsDbContext> outbox, PortalLinks links, TimeProvider clock)
{
    public async Task<ResetPasswordPayload> HandleAsync(ResetPasswordInput input, CancellationToken cancellationToken)
    {
        if (!SecretToken.HasShape(input.Token, TokenPrefixes.PasswordReset))
        {
            return Invalid();
        }
        var tokenHash = SecretToken.Hash(input.Token);
        var link = await db.PasswordResetTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
        var account = link is null ? null : await db.Accounts.SingleOrDefaultAsync(a => a.Id == link.AccountId && a.DisabledAt == null, cancellationToken);
        if (link is null || account is null || !link.IsUsableAt(clock.GetUtcNow()))
        {
            return Invalid();
        }
        var holder = await AccountHolder.OfAsync(db, account, cancellationToken);
        var problems = PasswordPolicy.Check(input.NewPassword, holder.PersonalWords, "input", "newPassword");
        if (problems.Count > 0)
        {
            return new ResetPasswordPayload(false, problems);
        }
        if (await hashing.HashAsync(input.NewPassword, cancellationToken) is not { } hash)
        {
            return new ResetPasswordPayload(false, [UserError.For(AccountsErrorCodes.Busy, "The service is busy. Try again in a few seconds.")]);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The row lock makes the link single-use even when it is submitted twice at once.
        var used = await db.PasswordResetTokens.FromSql($"SELECT * FROM accounts.password_reset_tokens WHERE token_hash = {tokenHash} FOR UPDATE")
            .SingleAsync(cancellationToken);
        if (!used.IsUsableAt(now))
        {
            return Invalid();
        }
        used.Use(now);
        account.SetPassword(hash, now);
        await db.PasswordResetTokens.Where(t => t.AccountId == account.Id && t.UsedAt == null && t.TokenHash != tokenHash)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.UsedAt, now), cancellationToken);
        await sessions.EndAllAsync(account.Id, except: null, cancellationToken);
        await throttling.ResetAsync(LoginThrottling.KeyFor(account.EmailNormalized), cancellationToken);
        outbox.Enqueue(AccountEmails.PasswordChanged(holder.Email, links.Login()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.NotifyCommitted();
        return new ResetPasswordPayload(true, []);
    }

    private static ResetPasswordPayload Invalid() => new(false, [UserError.For(AccountsErrorCodes.ResetLinkInvalid,
        "This link is no longer valid. Ask for a new one on the login page.")]);
}
