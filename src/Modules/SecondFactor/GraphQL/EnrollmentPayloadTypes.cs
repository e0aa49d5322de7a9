using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.GraphQL;

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
