using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.SecondFactor.Policies;

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
            .Description("Choose which second factors employees and employer users may use. At least one.")
            .Argument<NonNullGraphType<UpdateSecondFactorPolicyInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context => await context.Service<EmployerPolicies>().UpdateAsync(context.Caller().EmployerId!.Value,
                context.GetArgument<UpdateSecondFactorPolicyInput>("input").AllowedMethods.Distinct().ToList(), context.CancellationToken));
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
    }
}

internal sealed class UpdateSecondFactorPolicyInput
{
    public List<SecondFactorMethod> AllowedMethods { get; init; } = [];
}

internal sealed class UpdateSecondFactorPolicyInputType : InputObjectGraphType<UpdateSecondFactorPolicyInput>
{
    public UpdateSecondFactorPolicyInputType()
    {
        Name = "UpdateSecondFactorPolicyInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SecondFactorMethodType>>>>("allowedMethods");
    }
}

internal sealed class SecondFactorPolicyPayloadType : PayloadType<PolicyPayload>
{
    public SecondFactorPolicyPayloadType() : base("SecondFactorPolicyPayload", "The policy after the change, or why it was not made.")
    {
        Field<SecondFactorPolicyType>("policy").Resolve(context => context.Source.Policy);
    }
}
