using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Employees;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

/// <summary>Schema area: the employer's employees, as payroll keeps them.</summary>
internal sealed class EmployeeFields : IGraphQLContribution
{
    private static readonly Access Readers = Access.EmployerUsers().OrApiClientsWith(ApiScope.EmployeesRead);

    public void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CursorConnectionType<EmployeeType, Employee>>>("employees")
            .Description("The employer's employees, newest first.")
            .Paged()
            .Argument<StringGraphType>("search", $"An exact external key, or part of a name or e-mail address; at most {EmployeeQueries.MaxSearchLength} characters.")
            .Allow(Readers)
            .ResolveAsync(async context =>
            {
                var search = context.GetArgument<string?>("search");
                if (search is { Length: > EmployeeQueries.MaxSearchLength })
                {
                    throw new ExecutionError($"`search` takes at most {EmployeeQueries.MaxSearchLength} characters.") { Code = ErrorCodes.TooLong };
                }
                return await context.Service<EmployeeQueries>().ListAsync(context.Caller().EmployerId!.Value, context.Page(), search, context.CancellationToken);
            });

        query.Field<EmployeeType>("employeeByExternalKey")
            .Description("One employee by the employer's own key; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("externalKey")
            .Allow(Readers)
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("externalKey");
                return key.Length > EmployeeLimits.ExternalKey
                    ? null
                    : await context.Service<EmployeeQueries>().ByExternalKeyAsync(context.Caller().EmployerId!.Value, key, context.CancellationToken);
            });
    }

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<UpsertEmployeesPayloadType>>("upsertEmployees")
            .Description($"Create or update 1 to {EmployeeLimits.MaxBatch} employees by external key. Sending the same batch twice changes nothing.")
            .Argument<NonNullGraphType<UpsertEmployeesInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr).OrApiClientsWith(ApiScope.EmployeesWrite))
            .ResolveAsync(async context => await context.Service<UpsertEmployees>().HandleAsync(
                context.Caller().EmployerId!.Value, context.GetArgument<UpsertEmployeesInput>("input").Employees, context.CancellationToken));
}
