using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.PasswordReset;

internal sealed class RequestPasswordResetInput
{
    public string Email { get; init; } = "";
}

internal sealed record RequestPasswordResetPayload(bool Accepted, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// "Forgot password": mails a single-use link when the address has an account. The answer is the same, in the same
/// time, whether it has one or not. At most three links an hour per account, so nobody can flood a mailbox.
/// </summary>
internal sealed class RequestPasswordReset(AccountsDbContext db, EmailOutbox<AccountsDbContext> outbox, PortalLinks links, TimeProvider clock)
{
    private const int MaxLinksPerHour = 3;

    public Task<RequestPasswordResetPayload> HandleAsync(RequestPasswordResetInput input, CancellationToken cancellationToken)
    {
        var rules = new InputRules().Text(input.Email, EmailAddress.MaxLength, "input", "email");
        return rules.IsValid
            ? UniformDuration.RunAsync(async () =>
            {
                await SendLinkAsync(EmailAddress.Normalize(input.Email), cancellationToken);
                return new RequestPasswordResetPayload(true, []);
            })
            : Task.FromResult(new RequestPasswordResetPayload(false, rules.Errors));
    }

    private async Task SendLinkAsync(string email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.EmailNormalized == email && a.DisabledAt == null, cancellationToken);
        if (account is null)
        {
            return;
        }
        var recent = await db.PasswordResetTokens.CountAsync(t => t.AccountId == account.Id && t.CreatedAt > now.AddHours(-1), cancellationToken);
        if (recent >= MaxLinksPerHour)
        {
            return;
        }
        var token = SecretToken.Create(TokenPrefixes.PasswordReset);
        db.PasswordResetTokens.Add(PasswordResetToken.Issue(account.Id, SecretToken.Hash(token), PasswordResetToken.ResetLifetime, now));
        var holder = await AccountHolder.OfAsync(db, account, cancellationToken);
        outbox.Enqueue(AccountEmails.PasswordReset(holder.Email, links.SetPassword(token)));
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
    }
}
