using GraphQL.Types;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Policies;

namespace Verzuim.SecondFactor.Management;

internal sealed class SecondFactorIdInput
{
    public string FactorId { get; init; } = "";
}

internal sealed class SecondFactorIdInputType : InputObjectGraphType<SecondFactorIdInput>
{
    public SecondFactorIdInputType()
    {
        Name = "SecondFactorIdInput";
        Field<NonNullGraphType<IdGraphType>>("factorId").Description("The `id` of one of your factors.");
    }
}

internal sealed class RenameSecondFactorInput
{
    public string FactorId { get; init; } = "";
    public string Name { get; init; } = "";
}

internal sealed class RenameSecondFactorInputType : InputObjectGraphType<RenameSecondFactorInput>
{
    public RenameSecondFactorInputType()
    {
        Name = "RenameSecondFactorInput";
        Field<NonNullGraphType<IdGraphType>>("factorId").Description("The `id` of one of your factors.");
        Field(i => i.Name).Description($"The new name: at most {Factor.MaxNameLength} characters, not blank.");
    }
}

internal sealed class ResetSecondFactorInput
{
    public string EmployeeId { get; init; } = "";
}

internal sealed class ResetSecondFactorInputType : InputObjectGraphType<ResetSecondFactorInput>
{
    public ResetSecondFactorInputType()
    {
        Name = "ResetSecondFactorInput";
        Field<NonNullGraphType<IdGraphType>>("employeeId").Description("The employee's `id`.");
    }
}

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

internal sealed record EmployeeSecondFactors(IReadOnlyList<Factor> Factors, int RecoveryCodesLeft);

/// <summary>What HR may know about an employee's factors: which methods and when, never names, numbers or keys.</summary>
internal sealed class EmployeeSecondFactorsType : ObjectGraphType<EmployeeSecondFactors>
{
    public EmployeeSecondFactorsType()
    {
        Name = "EmployeeSecondFactors";
        Description = "Whether an employee has a second factor, for HR helping someone who cannot log in.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployeeSecondFactorType>>>>("factors")
            .Description("Set-up factors, oldest first. Empty after a reset, until the employee logs in again.")
            .Resolve(context => context.Source.Factors);
        Field(f => f.RecoveryCodesLeft).Description("Unused recovery codes.");
    }
}

internal sealed class EmployeeSecondFactorType : ObjectGraphType<Factor>
{
    public EmployeeSecondFactorType()
    {
        Name = "EmployeeSecondFactor";
        Field<NonNullGraphType<SecondFactorMethodType>>("method").Resolve(context => context.Source.Method);
        Field(f => f.CreatedAt);
        Field(f => f.LastUsedAt, nullable: true);
    }
}
