using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Policies;

namespace Verzuim.SecondFactor.GraphQL;

/// <summary>Schema area: which second factors the employer allows.</summary>
internal sealed class PolicyFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<SecondFactorPolicyType>>("secondFactorPolicy")
            .Description("The second factors the caller's employer allows, strongest first.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async context => await context.Service<EmployerPolicies>().ForAsync(context.Caller().EmployerId!.Value, context.CancellationToken));

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SecondFactorPolicyPayloadType>>("updateSecondFactorPolicy")
            .Description("Choose which second factors employees and employer users may use (at least one), and optionally to which countries' mobile numbers SMS codes may go.")
            .Argument<NonNullGraphType<UpdateSecondFactorPolicyInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context => await context.Service<EmployerPolicies>().UpdateAsync(context.Caller().EmployerId!.Value,
                context.GetArgument<UpdateSecondFactorPolicyInput>("input"), context.CancellationToken));
}

internal sealed class SecondFactorMethodType : EnumerationGraphType<SecondFactorMethod>
{
    public SecondFactorMethodType()
    {
        Name = "SecondFactorMethod";
        Description = "`SECURITY_KEY` (FIDO2/WebAuthn), `AUTHENTICATOR_APP` (TOTP) or `SMS` — strongest first.";
    }
}

internal sealed class SecondFactorPolicyType : ObjectGraphType<EmployerPolicy>
{
    public SecondFactorPolicyType()
    {
        Name = "SecondFactorPolicy";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SecondFactorMethodType>>>>("allowedMethods")
            .Description("The methods the employer allows, strongest first.")
            .Resolve(context => context.Source.AllowedMethods);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("smsCountries")
            .Description("ISO 3166 codes of the countries whose mobile numbers may be added for SMS; by default the Netherlands and the rest of the EU.")
            .Resolve(context => context.Source.AllowedSmsCountries);
    }
}

internal sealed class UpdateSecondFactorPolicyInputType : InputObjectGraphType<UpdateSecondFactorPolicyInput>
{
    public UpdateSecondFactorPolicyInputType()
    {
        Name = "UpdateSecondFactorPolicyInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SecondFactorMethodType>>>>("allowedMethods");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("smsCountries")
            .Description("ISO 3166 codes (`NL`, `BE`, …) of EU countries; left out, the countries stay as they are.");
    }
}

internal sealed class SecondFactorPolicyPayloadType : PayloadType<PolicyPayload>
{
    public SecondFactorPolicyPayloadType() : base("SecondFactorPolicyPayload", "The policy after the change, or why it was not made.")
    {
        Field<SecondFactorPolicyType>("policy").Resolve(context => context.Source.Policy);
    }
}
