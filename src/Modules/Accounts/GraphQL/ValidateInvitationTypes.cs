using GraphQL.Types;
using Verzuim.Accounts.Invitations;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ValidateInvitationInputType : InputObjectGraphType<ValidateInvitationInput>
{
    public ValidateInvitationInputType()
    {
        Name = "ValidateInvitationInput";
        Field(i => i.Token).Description("The token from the invitation link.");
        Field(i => i.Email).Description("The e-mail address that received the invitation; capitals make no difference.");
        Field<NonNullGraphType<IsoDateGraphType>>("dateOfBirth").Description("The employee's date of birth.");
    }
}

internal sealed class ValidateInvitationPayloadType : PayloadType<ValidateInvitationPayload>
{
    public ValidateInvitationPayloadType() : base("ValidateInvitationPayload", "A ticket to choose the password with, or why there is none.")
    {
        Field(p => p.RegistrationTicket, nullable: true)
            .Description("Pass this to `completeRegistration` within 30 minutes. It works once.");
        Field(p => p.FirstName, nullable: true).Description("The employee's first name, to greet them.");
    }
}
