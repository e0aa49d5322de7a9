using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Management;

namespace Verzuim.SecondFactor.GraphQL;

internal sealed class FactorPayloadType : PayloadType<FactorPayload>
{
    public FactorPayloadType() : base("SecondFactorPayload", "The factor after the change, or why it was not made.")
    {
        Field<FactorType>("factor").Resolve(context => context.Source.Factor);
    }
}

internal sealed class RecoveryCodesPayloadType : PayloadType<RecoveryCodesPayload>
{
    public RecoveryCodesPayloadType() : base("RecoveryCodesPayload", "The new recovery codes, or why there are none.")
    {
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("recoveryCodes")
            .Description("Ten codes, shown only here; each works once.")
            .Resolve(context => context.Source.RecoveryCodes);
    }
}

internal sealed class ResetSecondFactorPayloadType : PayloadType<ResetPayload>
{
    public ResetSecondFactorPayloadType() : base("ResetSecondFactorPayload", "What the reset removed, or why nothing was reset.")
    {
        Field(p => p.FactorsRemoved, nullable: true).Description("How many set-up factors were removed.");
    }
}
