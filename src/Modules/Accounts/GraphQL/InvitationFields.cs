using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Invitations;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

/// <summary>Schema area: inviting employees, and registering from an invitation.</summary>
internal sealed class InvitationFields : IGraphQLContribution
{
    private static readonly Access Inviters = Access.EmployerUsers().OrApiClientsWith(ApiScope.InvitationsWrite);

    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<CursorConnectionType<InvitationType, InvitationRow>>>("invitations")
            .Description("The employer's invitations, newest first.")
            .Paged()
            .Argument<InvitationStatusType>("status", "Only invitations with this status.")
            .Allow(Inviters)
            .ResolveAsync(async context => await context.Service<InvitationQueries>().ListAsync(
                context.Caller().EmployerId!.Value, context.Page(), context.GetArgument<InvitationStatus?>("status"), context.CancellationToken));

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InviteEmployeesPayloadType>>("inviteEmployee")
            .Description("Invite one employee: they receive a mail with a link to register.")
            .Argument<NonNullGraphType<InviteEmployeeInputType>>("input")
            .Allow(Inviters)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<InviteEmployeeInput>("input");
                return await context.Service<InviteEmployees>().HandleAsync(context.Caller(), [input.EmployeeId], input.IdempotencyKey, ["input", "employeeId"], context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<InviteEmployeesPayloadType>>("inviteEmployees")
            .Description($"Invite 1 to {EmployeeLimits.MaxBatch} employees at once; if one cannot be invited, none is.")
            .Argument<NonNullGraphType<InviteEmployeesInputType>>("input")
            .Allow(Inviters)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<InviteEmployeesInput>("input");
                return await context.Service<InviteEmployees>().HandleAsync(context.Caller(), input.EmployeeIds, input.IdempotencyKey, ["input", "employeeIds"], context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<InvitationPayloadType>>("resendInvitation")
            .Description("Send the invitation again with a new link and term; earlier links stop working and a block is lifted.")
            .Argument<NonNullGraphType<InvitationIdInputType>>("input")
            .Allow(Inviters)
            .ResolveAsync(async context => await context.Service<ResendInvitation>().HandleAsync(context.Caller().EmployerId!.Value,
                context.GetArgument<InvitationIdInput>("input").InvitationId, context.CancellationToken));

        mutation.Field<NonNullGraphType<InvitationPayloadType>>("revokeInvitation")
            .Description("Withdraw the invitation: its links stop working and no reminder follows.")
            .Argument<NonNullGraphType<InvitationIdInputType>>("input")
            .Allow(Inviters)
            .ResolveAsync(async context => await context.Service<RevokeInvitation>().HandleAsync(context.Caller().EmployerId!.Value,
                context.GetArgument<InvitationIdInput>("input").InvitationId, context.CancellationToken));

        mutation.Field<NonNullGraphType<ValidateInvitationPayloadType>>("validateInvitation")
            .Description("Step 1 of registering: confirm the e-mail address and date of birth for an invitation link.")
            .Argument<NonNullGraphType<ValidateInvitationInputType>>("input")
            .Allow(Access.Public)
            .ResolveAsync(async context => await context.Service<ValidateInvitation>().HandleAsync(
                context.GetArgument<ValidateInvitationInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<CompleteRegistrationPayloadType>>("completeRegistration")
            .Description("Step 2 of registering: choose the password. Then log in with the e-mail address.")
            .Argument<NonNullGraphType<CompleteRegistrationInputType>>("input")
            .Allow(Access.Public)
            .ResolveAsync(async context => await context.Service<CompleteRegistration>().HandleAsync(
                context.GetArgument<CompleteRegistrationInput>("input"), context.CancellationToken));
    }
}
