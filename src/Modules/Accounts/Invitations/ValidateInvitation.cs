using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Invitations;

internal sealed class ValidateInvitationInput
{
    public string Token { get; init; } = "";
    public string Email { get; init; } = "";
    public DateOnly DateOfBirth { get; init; }
}

internal sealed record ValidateInvitationPayload(string? RegistrationTicket, string? FirstName, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// The validation page (DOMAIN §1): the e-mail address that received the invitation and the date of birth.
/// Unknown, used, expired, revoked and mismatched all give one answer in one time; five misses block the invitation.
/// A used invitation with the right address and birth date says the account exists, so the employee goes to log in.
/// Success gives a short-lived ticket to choose the password with.
/// </summary>
internal sealed class ValidateInvitation(AccountsDbContext db, TimeProvider clock)
{
    public Task<ValidateInvitationPayload> HandleAsync(ValidateInvitationInput input, CancellationToken cancellationToken)
    {
        var rules = new InputRules().Text(input.Email, EmailAddress.MaxLength, "input", "email");
        return rules.IsValid
            ? UniformDuration.RunAsync(() => CheckAsync(input, cancellationToken))
            : Task.FromResult(new ValidateInvitationPayload(null, null, rules.Errors));
    }

    private async Task<ValidateInvitationPayload> CheckAsync(ValidateInvitationInput input, CancellationToken cancellationToken)
    {
        if (!SecretToken.HasShape(input.Token, TokenPrefixes.Invitation))
        {
            return Invalid();
        }
        var tokenHash = SecretToken.Hash(input.Token);
        var link = await db.InvitationTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
        if (link is null)
        {
            return Invalid();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await db.Invitations.LockAsync(link.InvitationId, cancellationToken);
        if (invitation is null || invitation.Generation != link.Generation)
        {
            return Invalid();
        }
        var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == invitation.EmployeeId, cancellationToken);
        var now = clock.GetUtcNow();
        var check = invitation.Validate(input.Email, input.DateOfBirth, employee.DateOfBirth, now);
        string? ticket = null;
        if (check == InvitationCheck.Accepted)
        {
            ticket = SecretToken.Create(TokenPrefixes.RegistrationTicket);
            invitation.IssueTicket(SecretToken.Hash(ticket), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return check switch
        {
            InvitationCheck.Accepted => new ValidateInvitationPayload(ticket, employee.FirstName, []),
            InvitationCheck.Blocked => new ValidateInvitationPayload(null, null, [UserError.For(AccountsErrorCodes.InvitationBlocked,
                "This invitation is blocked after too many attempts. Ask your employer for a new one.")]),
            InvitationCheck.AlreadyRegistered => new ValidateInvitationPayload(null, null, [UserError.For(AccountsErrorCodes.AlreadyRegistered,
                "An account already exists for this invitation. Log in with your e-mail address and password.")]),
            _ => Invalid(),
        };
    }

    private static ValidateInvitationPayload Invalid() => new(null, null, [UserError.For(AccountsErrorCodes.InvitationInvalid,
        "These details do not match a valid invitation. Check the e-mail address and date of birth, or ask your employer for a new invitation.")]);
}
