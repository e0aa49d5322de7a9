using GraphQL.Types;
using Verzuim.Accounts.Invitations;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class CompleteRegistrationInputType : InputObjectGraphType<CompleteRegistrationInput>
{
    public CompleteRegistrationInputType()
    {
        Name = "CompleteRegistrationInput";
        Field(i => i.RegistrationTicket).Description("The ticket from `validateInvitation`.");
        Field(i => i.Password).Description("The new password; see `passwordPolicy` for the rules.");
    }
}

internal sealed class CompleteRegistrationPayloadType : PayloadType<CompleteRegistrationPayload>
{
    public CompleteRegistrationPayloadType() : base("CompleteRegistrationPayload", "The new account's login, or why there is none.")
    {
        Field(p => p.LoginEmail, nullable: true).Description("The e-mail address to log in with.");
    }
}
