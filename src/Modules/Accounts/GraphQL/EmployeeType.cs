using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.GraphQL;

internal sealed class EmployeeType : ObjectGraphType<Employee>
{
    public const string TypeName = Employee.TypeName;

    public EmployeeType()
    {
        Name = TypeName;
        Description = "An employee, as the employer's payroll system keeps them.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is Employee;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(e => e.ExternalKey).Description("The employer's own key for this employee, such as the staff number.");
        Field(e => e.FirstName);
        Field(e => e.LastNamePrefix, nullable: true).Description("The tussenvoegsel, such as \"de\" or \"van der\".");
        Field(e => e.LastName);
        Field(e => e.DisplayName).Description("First name, tussenvoegsel and last name, as Dutch readers expect.");
        Field(e => e.Email);
        Field<NonNullGraphType<IsoDateGraphType>>("dateOfBirth").Resolve(context => context.Source.DateOfBirth);
        Field(e => e.MobilePhone, nullable: true).Description("In international form, such as +31612345678.");
        Field<NonNullGraphType<IsoDateGraphType>>("employmentStart").Resolve(context => context.Source.EmploymentStart);
        Field<IsoDateGraphType>("employmentEnd").Resolve(context => context.Source.EmploymentEnd);
        Field<NonNullGraphType<EmployerType>>("employer").ReadsDatabase().ResolveAsync(async context =>
            await context.RequestServices!.GetRequiredService<EmployerLookup>().GetAsync(context.Source.EmployerId, context.CancellationToken));
    }
}
