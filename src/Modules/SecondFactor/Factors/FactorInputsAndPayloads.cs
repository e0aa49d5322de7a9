using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.AuthenticatorApp;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.Factors;

internal sealed class CodeInput
{
    public string Code { get; init; } = "";
}

internal sealed class CodeInputType : InputObjectGraphType<CodeInput>
{
    public CodeInputType()
    {
        Name = "SecondFactorCodeInput";
        Field(i => i.Code).Description("The code as the user typed it; spaces do not matter.");
    }
}

internal sealed class ConfirmAuthenticatorEnrollmentInput
{
    public Guid FactorId { get; init; }
    public string Code { get; init; } = "";
    public string? Name { get; init; }
}

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

internal sealed class EnrollmentPayloadType : PayloadType<EnrollmentPayload>
{
    public EnrollmentPayloadType() : base("SecondFactorEnrollmentPayload", "The confirmed factor, and what comes with a first one.")
    {
        Field<FactorType>("factor").Resolve(context => context.Source.Factor);
        Field("session", new GraphQLTypeReference("Session")).Description("A full session, when this completed a login that had to set up a factor.")
            .Resolve(context => context.Source.Session);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("recoveryCodes")
            .Description("Ten recovery codes with the first factor. They are shown only here; each works once.")
            .Resolve(context => context.Source.RecoveryCodes);
    }
}

internal sealed class VerificationPayloadType : PayloadType<VerificationPayload>
{
    public VerificationPayloadType() : base("SecondFactorVerificationPayload", "The full session, or why there is none.")
    {
        Field("session", new GraphQLTypeReference("Session")).Description("The full session, with a new token; the password-only one has ended.")
            .Resolve(context => context.Source.Session);
        Field(p => p.MustSetUpNewFactor).Description("True after a recovery code: set up a new factor now.");
    }
}
