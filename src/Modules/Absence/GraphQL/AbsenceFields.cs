using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.Absence.Absences;
using Verzuim.Absence.Domain;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;

namespace Verzuim.Absence.GraphQL;

/// <summary>Schema area: reading absences — the employee's own, the employer's list, one employee's by payroll key.</summary>
internal sealed class AbsenceFields : IGraphQLContribution
{
    public static readonly Access Readers = Access.EmployerUsers().OrApiClientsWith(ApiScope.AbsencesRead);

    public void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceType>>>>("myAbsences")
            .Description($"The employee's own absences, newest first (at most {AbsenceQueries.MaxOwnAbsences}).")
            .Allow(Access.Employee)
            .ResolveAsync(async context => await context.Service<AbsenceQueries>().MineAsync(context.Caller<EmployeeCaller>(), context.CancellationToken));

        query.Field<NonNullGraphType<CursorConnectionType<AbsenceType, EmployeeAbsence>>>("absences")
            .Description("The employer's absences, newest report first.")
            .Paged()
            .Argument<AbsenceStatusType>("status")
            .Argument<IdGraphType>("employeeId", "Only this employee's absences.")
            .Argument<IsoDateGraphType>("from", "Only absences that last until this day or later.")
            .Argument<IsoDateGraphType>("until", "Only absences that started on or before this day.")
            .Allow(Readers)
            .ResolveAsync(async context =>
            {
                var employeeId = context.GetArgument<string?>("employeeId");
                Guid? employee = null;
                if (employeeId is not null)
                {
                    employee = GlobalId.TryDecode(employeeId, AccountTypeNames.Employee, out var id) ? id
                        : throw new ExecutionError("`employeeId` is not an employee id.") { Code = ErrorCodes.InvalidValue };
                }
                var filter = new AbsenceFilter(context.GetArgument<AbsenceStatus?>("status"), employee,
                    context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("until"));
                return await context.Service<AbsenceQueries>().ListAsync(context.Caller(), filter, context.Page(), context.CancellationToken);
            });

        query.Field<ListGraphType<NonNullGraphType<AbsenceType>>>("employeeAbsences")
            .Description("One employee's absences by the employer's own key (staff number), newest first; null when there is no such employee.")
            .Argument<NonNullGraphType<StringGraphType>>("externalKey")
            .Allow(Readers)
            .ResolveAsync(async context =>
            {
                var key = context.GetArgument<string>("externalKey");
                return key.Length > 100 ? null : await context.Service<AbsenceQueries>().OfEmployeeAsync(context.Caller(), key, context.CancellationToken);
            });
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
    }

    public static NodeResolver Node { get; } = new(AbsenceScope.TypeName, async (services, id, caller, ct) =>
        caller is EmployeeCaller || Readers.Admits(caller)
            ? await services.GetRequiredService<AbsenceQueries>().ByIdAsync(caller, id, ct)
            : null);
}
