using GraphQL.Types;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Management;

namespace Verzuim.SecondFactor.GraphQL;

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
