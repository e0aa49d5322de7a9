using GraphQL;
using GraphQL.Types;
using Verzuim.Accounts.Login;
using Verzuim.Accounts.PasswordReset;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Sessions;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

/// <summary>Schema area: who am I, logging in and out, and passwords.</summary>
internal sealed class SessionFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query)
    {
        query.Field<ViewerType>("me")
            .Description("The caller: an employee, an employer user or an API client; null when not logged in. Not for a session that has only passed the password.")
            .Allow(Access.PublicButNotPending)
            .ResolveAsync(async context => await context.Service<ViewerQuery>().ResolveAsync(context.Caller(), context.CancellationToken));

        query.Field<NonNullGraphType<PasswordPolicyType>>("passwordPolicy")
            .Description("The rules for a new password, to show before the user types one.")
            .Allow(Access.Public)
            .Resolve(_ => PasswordPolicyInfo.Current);
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LoginPayloadType>>("login")
            .Description("Log in with e-mail address and password. Repeated failures lock the address for a growing while.")
            .Argument<NonNullGraphType<LoginInputType>>("input")
            .Allow(Access.Public)
            .ResolveAsync(async context =>
            {
                var payload = await context.Service<LogIn>().HandleAsync(context.GetArgument<LoginInput>("input"), context.SourceAddress(), context.CancellationToken);
                if (payload.RetryAfterSeconds is { } seconds)
                {
                    context.SignalRetryAfter(TimeSpan.FromSeconds(seconds));
                }
                return payload;
            });

        mutation.Field<NonNullGraphType<LogoutPayloadType>>("logout")
            .Description("End this session. Its token stops working at once.")
            .Allow(Access.AnySignedIn.AllowingPendingSessions())
            .ResolveAsync(async context => await context.Service<LogOut>().HandleAsync(context.Caller<SessionCaller>(), context.CancellationToken));

        mutation.Field<NonNullGraphType<ChangePasswordPayloadType>>("changePassword")
            .Description("Change the password. Every session ends, this one too; continue with the new session in the payload.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async context => await context.Service<ChangePassword>().HandleAsync(
                context.Caller<SessionCaller>(), context.GetArgument<ChangePasswordInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<RequestPasswordResetPayloadType>>("requestPasswordReset")
            .Description("Mail a link to choose a new password, if the address has an account. The answer never says whether it has.")
            .Argument<NonNullGraphType<RequestPasswordResetInputType>>("input")
            .Allow(Access.Public)
            .ResolveAsync(async context => await context.Service<RequestPasswordReset>().HandleAsync(
                context.GetArgument<RequestPasswordResetInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<ResetPasswordPayloadType>>("resetPassword")
            .Description("Choose a new password with the token from the mailed link. Every session of the account ends.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .Allow(Access.Public)
            .ResolveAsync(async context => await context.Service<ResetPassword>().HandleAsync(
                context.GetArgument<ResetPasswordInput>("input"), context.CancellationToken));
    }
}

internal sealed class LogoutPayloadType : PayloadType<LogoutPayload>
{
    public LogoutPayloadType() : base("LogoutPayload", "Whether the session ended.")
    {
        Field(p => p.Success);
    }
}
