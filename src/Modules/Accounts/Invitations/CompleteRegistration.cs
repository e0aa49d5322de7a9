using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts.Invitations;

internal sealed class CompleteRegistrationInput
{
    public string RegistrationTicket { get; init; } = "";
    public string Password { get; init; } = "";
}

internal sealed record CompleteRegistrationPayload(string? LoginEmail, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Choose the password (DOMAIN §1) and so create the account. The invitation row is locked while the account is
/// written, so of two registrations with one invitation exactly one wins; the other gets the generic answer.
/// </summary>
internal sealed class CompleteRegistration(AccountsDbContext db, PasswordHashingGate hashing, TimeProvider clock)
{
    public async Task<CompleteRegistrationPayload> HandleAsync(CompleteRegistrationInput input, CancellationToken cancellationToken)
    {
        if (!SecretToken.HasShape(input.RegistrationTicket, TokenPrefixes.RegistrationTicket))
        {
            return Invalid();
        }
        var ticketHash = SecretToken.Hash(input.RegistrationTicket);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TicketHash == ticketHash, cancellationToken);
        if (invitation is null || !invitation.AcceptsTicket(clock.GetUtcNow()))
        {
            return Invalid();
        }
        var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == invitation.EmployeeId, cancellationToken);
        var employerWords = await EmployerWords.OfAsync(db, invitation.EmployerId, cancellationToken);
        var problems = PasswordPolicy.Check(input.Password, [.. employee.PersonalWords(), .. employerWords], "input", "password");
        if (problems.Count > 0)
        {
            return new CompleteRegistrationPayload(null, problems);
        }
        if (await hashing.HashAsync(input.Password, cancellationToken) is not { } hash)
        {
            return new CompleteRegistrationPayload(null, [UserError.For(AccountsErrorCodes.Busy, "The service is busy. Try again in a few seconds.")]);
        }
        return await RegisterAsync(invitation.Id, ticketHash, hash, cancellationToken);
    }

    private async Task<CompleteRegistrationPayload> RegisterAsync(Guid invitationId, byte[] ticketHash, PasswordHash hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await db.Invitations.LockAsync(invitationId, cancellationToken);
        if (invitation is null || !invitation.AcceptsTicket(now) || !invitation.TicketHash!.SequenceEqual(ticketHash))
        {
            return Invalid();
        }
        var account = Account.ForEmployee(invitation.EmployerId, invitation.EmployeeId, invitation.EmailNormalized, now);
        account.SetPassword(hash, now);
        db.Accounts.Add(account);
        invitation.Register(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            return new CompleteRegistrationPayload(null, [UserError.For(AccountsErrorCodes.EmailAlreadyRegistered,
                "This e-mail address already belongs to an account. Log in, or reset its password.")]);
        }
        return new CompleteRegistrationPayload(invitation.EmailNormalized, []);
    }

    private static CompleteRegistrationPayload Invalid() => new(null, [UserError.For(AccountsErrorCodes.InvitationInvalid,
        "This registration link is no longer valid. Open the link in the invitation again.")]);
}
