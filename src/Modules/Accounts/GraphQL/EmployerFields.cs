using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Employers;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

/// <summary>Schema area: the caller's employer and its settings.</summary>
internal sealed class EmployerFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<EmployerType>>("employer")
            .Description("The caller's employer.")
            .Allow(Access.AnySignedIn.OrAnyApiClient())
            .ResolveAsync(async context => await context.Service<EmployerLookup>().GetAsync(context.Caller().EmployerId!.Value, context.CancellationToken));

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<EmployerPayloadType>>("updateEmployerSettings")
            .Description("Change the invitation term, reminder days or lockout policy. Fields left out keep their value.")
            .Argument<NonNullGraphType<UpdateEmployerSettingsInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context => await context.Service<UpdateEmployerSettings>().HandleAsync(
                context.Caller().EmployerId!.Value, context.GetArgument<UpdateEmployerSettingsInput>("input"), context.CancellationToken));
}
