using GraphQL.Types;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Management;

namespace Verzuim.SecondFactor.GraphQL;

internal sealed class SecondFactorIdInputType : InputObjectGraphType<SecondFactorIdInput>
{
    public SecondFactorIdInputType()
    {
        Name = "SecondFactorIdInput";
        Field<NonNullGraphType<IdGraphType>>("factorId").Description("The `id` of one of your factors.");
    }
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

internal sealed class ResetSecondFactorInputType : InputObjectGraphType<ResetSecondFactorInput>
{
    public ResetSecondFactorInputType()
    {
        Name = "ResetSecondFactorInput";
        Field<NonNullGraphType<IdGraphType>>("employeeId").Description("The employee's `id`.");
    }
}
