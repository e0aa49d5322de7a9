using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ApiClientType : ObjectGraphType<ApiClient>
{
    public const string TypeName = ApiClient.TypeName;

    public ApiClientType()
    {
        Name = TypeName;
        Description = "A machine client of the employer, such as a payroll system.";
        Interface<NodeInterface>();
        IsTypeOf = value => value is ApiClient;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(c => c.Name);
        Field(c => c.KeyPrefix).Description("The first characters of the key, to tell keys apart. The key itself is never shown again.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiScopeType>>>>("scopes").Resolve(context => context.Source.Scopes.Order());
        Field(c => c.CreatedAt);
        Field(c => c.RevokedAt, nullable: true);
    }
}

internal sealed class ApiScopeType : EnumerationGraphType<ApiScope>
{
    public ApiScopeType()
    {
        Name = "ApiScope";
        Description = "What an API client may do. No scope reaches dossier content.";
    }
}
