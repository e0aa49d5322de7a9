using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Login;
using Verzuim.Accounts.PasswordReset;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.Accounts.EmployerUsers;

internal sealed class CreateEmployerUserInput
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public EmployerRole Role { get; init; }
}

internal sealed record EmployerUserPayload(EmployerUser? EmployerUser, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Adds an HR user or case manager. They get a mail to choose their password; the link works seven days.</summary>
internal sealed class CreateEmployerUser(AccountsDbContext db, EmailOutbox<AccountsDbContext> outbox, PortalLinks links, TimeProvider clock)
{
    public async Task<EmployerUserPayload> HandleAsync(Guid employerId, CreateEmployerUserInput input, CancellationToken cancellationToken)
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            return new EmployerUserPayload(null, [UserError.For(AccountsErrorCodes.EmailAlreadyRegistered,
                "This e-mail address already belongs to an account.", "input", "email")]);
        }
        outbox.NotifyCommitted();
        return new EmployerUserPayload(user, []);
    }
}

internal sealed class CreateEmployerUserInputType : InputObjectGraphType<CreateEmployerUserInput>
{
    public CreateEmployerUserInputType()
    {
        Name = "CreateEmployerUserInput";
        Field(i => i.Name);
        Field(i => i.Email).Description("Their login; it must not belong to any other account.");
        Field<NonNullGraphType<EmployerRoleType>>("role");
    }
}

internal sealed class EmployerUserPayloadType : PayloadType<EmployerUserPayload>
{
    public EmployerUserPayloadType() : base("EmployerUserPayload", "The employer user, or why the change was not made.")
    {
        Field<EmployerUserType>("employerUser").Resolve(context => context.Source.EmployerUser);
    }
}
