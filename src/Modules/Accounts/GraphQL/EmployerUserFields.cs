using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.EmployerUsers;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.GraphQL;

/// <summary>Schema area: the employer's HR users and case managers, managed by HR.</summary>
internal sealed class EmployerUserFields : IGraphQLContribution
{
    private static readonly Access HrOnly = Access.EmployerUsers(EmployerRole.Hr);

    public void AddQueryFields(ObjectGraphType query) =>
        query.AddEmployerList<EmployerUserType, EmployerUser>("employerUsers", "The employer's users, newest first.", db => db.EmployerUsers);

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EmployerUserPayloadType>>("createEmployerUser")
            .Description("Add an HR user or case manager; they receive a mail to choose their password.")
            .Argument<NonNullGraphType<CreateEmployerUserInputType>>("input")
            .Allow(HrOnly)
            .ResolveAsync(async context => await context.Service<CreateEmployerUser>().HandleAsync(
                context.Caller(), context.GetArgument<CreateEmployerUserInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<EmployerUserPayloadType>>("deactivateEmployerUser")
            .Description("Take away an employer user's access: their login stops working and their sessions end.")
            .Argument<NonNullGraphType<EmployerUserIdInputType>>("input")
            .Allow(HrOnly)
            .ResolveAsync(async context => await context.Service<DeactivateEmployerUser>().HandleAsync(
                context.Caller<EmployerUserCaller>(), context.GetArgument<EmployerUserIdInput>("input").EmployerUserId, context.CancellationToken));
    }
}

internal sealed class EmployerUserIdInputType : InputObjectGraphType<EmployerUserIdInput>
{
    public EmployerUserIdInputType()
    {
        Name = "EmployerUserIdInput";
        Field<NonNullGraphType<IdGraphType>>("employerUserId");
    }
}
