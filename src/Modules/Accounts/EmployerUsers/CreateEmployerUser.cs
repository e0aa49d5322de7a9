using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts.EmployerUsers;

internal sealed class CreateEmployerUserInput
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public EmployerRole Role { get; init; }
    public string? IdempotencyKey { get; init; }
}

internal sealed record EmployerUserPayload(EmployerUser? EmployerUser, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Adds an HR user or case manager. They get a mail to choose their password; the link works seven days. Sent again
/// with the same idempotency key, it answers the user of the first request and sends no second mail.
/// </summary>
internal sealed class CreateEmployerUser(
    AccountsDbContext db, EmailOutbox<AccountsDbContext> outbox, PortalLinks links, IdempotentRequests<AccountsDbContext> idempotency, TimeProvider clock)
{
    private const string Operation = "createEmployerUser";

    public async Task<EmployerUserPayload> HandleAsync(Caller caller, CreateEmployerUserInput input, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(input.IdempotencyKey) is { } keyError)
        {
            return new EmployerUserPayload(null, [keyError]);
        }
        var fingerprint = IdempotencyKey.Fingerprint(Operation, new { input.Name, input.Email, input.Role });
        await using var transaction = await idempotency.BeginOneAtATimeAsync(caller, cancellationToken);
        var replay = await idempotency.FindAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken);
        if (!replay.IsNew)
        {
            return replay.Error is { } reused
                ? new EmployerUserPayload(null, [reused])
                : new EmployerUserPayload(await db.EmployerUsers.AsNoTracking().SingleAsync(u => u.Id == replay.ResultIds![0], cancellationToken), []);
        }
        var created = await CreateAsync(caller.EmployerId!.Value, input, user => idempotency.Remember(caller, input.IdempotencyKey, Operation, fingerprint, user.Id),
            cancellationToken);
        if (created.Errors.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            outbox.NotifyCommitted();
        }
        return created;
    }

    /// <summary>Creates the user inside the caller's transaction; the activation mail leaves once that commits.</summary>
    public async Task<EmployerUserPayload> CreateAsync(
        Guid employerId, CreateEmployerUserInput input, Action<EmployerUser>? alongside, CancellationToken cancellationToken)
    {
        var rules = new InputRules().Text(input.Name, EmployerUser.MaxNameLength, "input", "name").Email(input.Email, "input", "email");
        if (!rules.IsValid)
        {
            return new EmployerUserPayload(null, rules.Errors);
        }
        var now = clock.GetUtcNow();
        var employer = await db.Employers.SingleAsync(e => e.Id == employerId, cancellationToken);
        var user = EmployerUser.Create(employerId, input.Name, input.Email, input.Role, now);
        var account = Account.ForEmployerUser(employerId, user.Id, user.EmailNormalized, now);
        var token = SecretToken.Create(TokenPrefixes.PasswordReset);
        db.EmployerUsers.Add(user);
        db.Accounts.Add(account);
        db.PasswordResetTokens.Add(PasswordResetToken.Issue(account.Id, SecretToken.Hash(token), PasswordResetToken.ActivationLifetime, now));
        outbox.Enqueue(AccountEmails.Activation(user.Email, user.Name, employer.Name, links.SetPassword(token)));
        alongside?.Invoke(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            return new EmployerUserPayload(null, [UserError.For(AccountsErrorCodes.EmailAlreadyRegistered,
                "This e-mail address already belongs to an account.", "input", "email")]);
        }
        return new EmployerUserPayload(user, []);
    }
}
