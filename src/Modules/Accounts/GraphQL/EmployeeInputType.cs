using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employees;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class EmployeeInputType : InputObjectGraphType<EmployeeInput>
{
    public EmployeeInputType()
    {
        Name = "EmployeeInput";
        Description = "One employee as the payroll system knows them. The external key decides whether it is new or an update.";
        Field(e => e.ExternalKey).Description($"The employer's own key, such as the staff number; at most {EmployeeLimits.ExternalKey} characters.");
        Field(e => e.FirstName);
        Field(e => e.LastNamePrefix, nullable: true).Description("The tussenvoegsel, such as \"de\" or \"van der\".");
        Field(e => e.LastName);
        Field(e => e.Email).Description("Where the invitation is sent. Unique within the employer.");
        Field<NonNullGraphType<IsoDateGraphType>>("dateOfBirth");
        Field(e => e.MobilePhone, nullable: true).Description("Dutch (06-12345678) or international (+31612345678) form.");
        Field<NonNullGraphType<IsoDateGraphType>>("employmentStart");
        Field<IsoDateGraphType>("employmentEnd").Description("Leave out while employed.");
    }
}
