using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employees;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class UpsertEmployeesInputType : InputObjectGraphType<UpsertEmployeesInput>
{
    public UpsertEmployeesInputType()
    {
        Name = "UpsertEmployeesInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployeeInputType>>>>("employees")
            .Description($"1 to {EmployeeLimits.MaxBatch} employees, each external key once.");
    }
}

internal sealed class UpsertEmployeesPayloadType : PayloadType<UpsertEmployeesPayload>
{
    public UpsertEmployeesPayloadType() : base("UpsertEmployeesPayload", "The employees as stored, in the order sent, or why none was stored.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployeeType>>>>("employees").Resolve(context => context.Source.Employees);
        Field(p => p.Created).Description("How many were new.");
        Field(p => p.Updated).Description("How many existed and were updated (or were already the same).");
    }
}
