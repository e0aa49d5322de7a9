using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.GraphQL;

internal sealed class EmployerUserType : ObjectGraphType<EmployerUser>
{
    public const string TypeName = EmployerUser.TypeName;

    public EmployerUserType()
    {
        Name = TypeName;
        Description = "A person who works with the portal for the employer: HR or a case manager.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is EmployerUser;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(u => u.Name);
        Field(u => u.Email);
        Field<NonNullGraphType<EmployerRoleType>>("role").Resolve(context => context.Source.Role);
        Field("active", u => u.IsActive).Description("False once deactivated; a deactivated user cannot log in.");
        Field(u => u.CreatedAt);
    }
}

internal sealed class EmployerRoleType : EnumerationGraphType<EmployerRole>
{
    public EmployerRoleType()
    {
        Name = "EmployerRole";
        Description = "Both roles invite employees and follow their cases; only `HR` manages users, API clients and settings.";
    }
}
