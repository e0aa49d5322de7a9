using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.AuthenticatorApp;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.GraphQL;

internal sealed class ConfirmAuthenticatorEnrollmentInputType : InputObjectGraphType<ConfirmAuthenticatorEnrollmentInput>
{
    public ConfirmAuthenticatorEnrollmentInputType()
    {
        Name = "ConfirmAuthenticatorEnrollmentInput";
        Field<NonNullGraphType<IdGraphType>>("factorId").Description("From `beginAuthenticatorEnrollment`.");
        Field(i => i.Code).Description("The code the app shows now.");
        Field(i => i.Name, nullable: true).Description($"A name to tell factors apart; at most {Factor.MaxNameLength} characters.");
    }
}

internal sealed class AuthenticatorEnrollmentPayloadType : PayloadType<AuthenticatorEnrollmentPayload>
{
    public AuthenticatorEnrollmentPayloadType() : base("AuthenticatorEnrollmentPayload", "What to show while the user adds the app.")
    {
        Field<IdGraphType>("factorId").Resolve(context => context.Source.FactorId);
        Field(p => p.Key, nullable: true).Description("The secret in base32, in groups of four, to type into the app.");
        Field(p => p.OtpAuthUri, nullable: true).Description("The otpauth:// URI the QR code holds.");
        Field(p => p.QrCodeSvg, nullable: true).Description("The QR code as SVG markup. Show the key too, as its text alternative.");
    }
}
