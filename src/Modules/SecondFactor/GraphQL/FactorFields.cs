using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.AuthenticatorApp;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.RecoveryCodes;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.GraphQL;

/// <summary>Schema area: the caller's own factors; setting them up; passing them at login.</summary>
internal sealed class FactorFields : IGraphQLContribution
{
    /// <summary>Also for a session that still owes its second factor: these fields are how it gets one.</summary>
    private static readonly Access People = Access.AnySignedIn.AllowingPendingSessions();

    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<MySecondFactorsType>>("mySecondFactors")
            .Description("The caller's own second factors and the methods their employer allows.")
            .Allow(People)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller<SessionCaller>();
                var db = context.Service<SecondFactorDbContext>();
                var factors = await db.Factors.AsNoTracking().Where(f => f.AccountId == caller.AccountId && f.ConfirmedAt != null && f.RemovedAt == null)
                    .OrderBy(f => f.CreatedAt).ToListAsync(context.CancellationToken);
                var left = await db.RecoveryCodes.CountAsync(c => c.AccountId == caller.AccountId && c.UsedAt == null, context.CancellationToken);
                var holder = await context.Service<IAccountDirectory>().FindAsync(caller.AccountId, context.CancellationToken);
                var policy = await context.Service<EmployerPolicies>().ForAsync(caller.EmployerId!.Value, context.CancellationToken);
                var checkedAt = await context.Service<IAccountSessions>().LoginCheckedAtAsync(caller.SessionId, context.CancellationToken);
                var lockedUntil = await context.Service<SecondStepLockout>().LockedUntilAsync(caller.AccountId, context.CancellationToken);
                // A password alone reads no personal data: the number only as far as the second step needs to name it.
                var phone = holder?.MobilePhone is { } number && !caller.IsFullyAuthenticated ? Sms.MobileNumber.Masked(number) : holder?.MobilePhone;
                return new MySecondFactors(factors, left, policy, phone, checkedAt + FactorChangeCheck.MaxLoginCheckAge, lockedUntil);
            });

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AuthenticatorEnrollmentPayloadType>>("beginAuthenticatorEnrollment")
            .Description("Step 1 of adding an authenticator app: a QR code and a key to enter in the app. An unfinished set-up of the account "
                + "is offered again with the same key (the entry already made in the app keeps working, also after logging in again), unless `startOver`.")
            .Argument<BooleanGraphType>("startOver", "True for a new key, discarding the unfinished set-up.")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<BeginAuthenticatorEnrollment>().HandleAsync(
                context.Caller<SessionCaller>(), context.GetArgument<bool?>("startOver") ?? false, context.CancellationToken));

        mutation.Field<NonNullGraphType<EnrollmentPayloadType>>("confirmAuthenticatorEnrollment")
            .Description("Step 2: a code from the app confirms it. The first factor brings recovery codes, shown only here.")
            .Argument<NonNullGraphType<ConfirmAuthenticatorEnrollmentInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ConfirmAuthenticatorEnrollmentInput>("input");
                return await context.Service<ConfirmAuthenticatorEnrollment>().HandleAsync(context.Caller<SessionCaller>(), input.FactorId, input.Code, input.Name, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<VerificationPayloadType>>("verifyAuthenticatorCode")
            .Description("The login's second step with an authenticator app. Five wrong codes end the login.")
            .Argument<NonNullGraphType<CodeInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<VerifyAuthenticatorCode>().HandleAsync(
                context.Caller<SessionCaller>(), context.GetArgument<CodeInput>("input").Code, context.CancellationToken));

        mutation.Field<NonNullGraphType<VerificationPayloadType>>("verifyRecoveryCode")
            .Description("The login's second step with a recovery code, for a lost phone or key. Each code works once.")
            .Argument<NonNullGraphType<CodeInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<VerifyRecoveryCode>().HandleAsync(
                context.Caller<SessionCaller>(), context.GetArgument<CodeInput>("input").Code, context.CancellationToken));
    }
}
