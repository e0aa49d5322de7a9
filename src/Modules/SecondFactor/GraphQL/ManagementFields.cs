using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Identifiers;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Management;

namespace Verzuim.SecondFactor.GraphQL;

/// <summary>Schema area: the holder managing their own factors, and HR resetting an employee's.</summary>
internal sealed class ManagementFields : IGraphQLContribution
{
    private static readonly Access Hr = Access.EmployerUsers(EmployerRole.Hr);

    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<EmployeeSecondFactorsType>("employeeSecondFactors")
            .Description("HR: whether an employee of this employer has set up a second factor, and which methods. Null for an unknown id.")
            .Argument<NonNullGraphType<IdGraphType>>("employeeId")
            .Allow(Hr)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller<EmployerUserCaller>();
                if (!GlobalId.TryDecode(context.GetArgument<string>("employeeId"), AccountTypeNames.Employee, out var employeeId)
                    || await context.Service<IAccountDirectory>().AccountOfEmployeeAsync(caller.Employer, employeeId, context.CancellationToken) is not { } accountId)
                {
                    return null;
                }
                var db = context.Service<SecondFactorDbContext>();
                var factors = await db.Factors.AsNoTracking().Where(f => f.AccountId == accountId && f.ConfirmedAt != null && f.RemovedAt == null)
                    .OrderBy(f => f.CreatedAt).ToListAsync(context.CancellationToken);
                var left = await db.RecoveryCodes.CountAsync(c => c.AccountId == accountId && c.UsedAt == null, context.CancellationToken);
                return new EmployeeSecondFactors(factors, left);
            });

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FactorPayloadType>>("renameSecondFactor")
            .Description("Give one of your own factors another name. Needs a login check at most 10 minutes old; sends a notice by e-mail.")
            .Argument<NonNullGraphType<RenameSecondFactorInputType>>("input")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RenameSecondFactorInput>("input");
                return await context.Service<FactorManagement>().RenameAsync(context.Caller<SessionCaller>(), input.FactorId, input.Name, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<FactorPayloadType>>("removeSecondFactor")
            .Description("Remove one of your own factors, never the last one your employer allows. Needs a login check at most "
                + "10 minutes old; sends a notice by e-mail and ends your other sessions.")
            .Argument<NonNullGraphType<SecondFactorIdInputType>>("input")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async context => await context.Service<FactorManagement>().RemoveAsync(
                context.Caller<SessionCaller>(), context.GetArgument<SecondFactorIdInput>("input").FactorId, context.CancellationToken));

        mutation.Field<NonNullGraphType<RecoveryCodesPayloadType>>("renewRecoveryCodes")
            .Description("Ten new recovery codes, shown only here; the old ones stop working. Needs a login check at most "
                + "10 minutes old; sends a notice by e-mail and ends your other sessions.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async context => await context.Service<FactorManagement>().RenewRecoveryCodesAsync(context.Caller<SessionCaller>(), context.CancellationToken));

        mutation.Field<NonNullGraphType<ResetSecondFactorPayloadType>>("resetSecondFactor")
            .Description("HR: for an employee who lost every factor and recovery code. Removes them all and ends all of the "
                + "employee's sessions; at the next login the employee sets up a new factor.")
            .Argument<NonNullGraphType<ResetSecondFactorInputType>>("input")
            .Allow(Hr)
            .ResolveAsync(async context => await context.Service<ResetSecondFactor>().HandleAsync(
                context.Caller<EmployerUserCaller>(), context.GetArgument<ResetSecondFactorInput>("input").EmployeeId, context.CancellationToken));
    }
}
