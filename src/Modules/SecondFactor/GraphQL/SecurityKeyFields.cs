using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.SecurityKeys;

namespace Verzuim.SecondFactor.GraphQL;

/// <summary>Schema area: security keys (WebAuthn). The browser passes the options and answers on unchanged, as JSON.</summary>
internal sealed class SecurityKeyFields : IGraphQLContribution
{
    private static readonly Access People = Access.AnySignedIn.AllowingPendingSessions();

    public void AddQueryFields(ObjectGraphType query)
    {
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WebAuthnOptionsPayloadType>>("beginSecurityKeyRegistration")
            .Description("Step 1 of adding a security key: options for `navigator.credentials.create()`, with a challenge that works once, for 5 minutes.")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<SecurityKeyRegistration>().BeginAsync(context.Caller<SessionCaller>(), context.CancellationToken));

        mutation.Field<NonNullGraphType<EnrollmentPayloadType>>("completeSecurityKeyRegistration")
            .Description("Step 2: the browser's answer (PublicKeyCredential as JSON) registers the key.")
            .Argument<NonNullGraphType<CompleteSecurityKeyRegistrationInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CompleteSecurityKeyRegistrationInput>("input");
                return await context.Service<SecurityKeyRegistration>().CompleteAsync(context.Caller<SessionCaller>(), input.Attestation, input.Name, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<WebAuthnOptionsPayloadType>>("beginSecurityKeyLogin")
            .Description("At login: options for `navigator.credentials.get()` with the account's own keys.")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<SecurityKeyLogin>().BeginAsync(context.Caller<SessionCaller>(), context.CancellationToken));

        mutation.Field<NonNullGraphType<VerificationPayloadType>>("verifySecurityKey")
            .Description("At login: the browser's answer (PublicKeyCredential as JSON) from the key.")
            .Argument<NonNullGraphType<VerifySecurityKeyInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<SecurityKeyLogin>().VerifyAsync(
                context.Caller<SessionCaller>(), context.GetArgument<VerifySecurityKeyInput>("input").Assertion, context.CancellationToken));
    }
}

internal sealed class CompleteSecurityKeyRegistrationInputType : InputObjectGraphType<CompleteSecurityKeyRegistrationInput>
{
    public CompleteSecurityKeyRegistrationInputType()
    {
        Name = "CompleteSecurityKeyRegistrationInput";
        Field(i => i.Attestation).Description("The PublicKeyCredential from `navigator.credentials.create()`, as JSON.");
        Field(i => i.Name, nullable: true).Description($"A name to tell keys apart; at most {Factor.MaxNameLength} characters.");
    }
}

internal sealed class VerifySecurityKeyInputType : InputObjectGraphType<VerifySecurityKeyInput>
{
    public VerifySecurityKeyInputType()
    {
        Name = "VerifySecurityKeyInput";
        Field(i => i.Assertion).Description("The PublicKeyCredential from `navigator.credentials.get()`, as JSON.");
    }
}

internal sealed class WebAuthnOptionsPayloadType : PayloadType<WebAuthnOptionsPayload>
{
    public WebAuthnOptionsPayloadType() : base("WebAuthnOptionsPayload", "Options for the browser's WebAuthn call, or why there are none.")
    {
        Field(p => p.OptionsJson, nullable: true).Description("Pass to the browser as they are (JSON, binary fields in base64url).");
    }
}
