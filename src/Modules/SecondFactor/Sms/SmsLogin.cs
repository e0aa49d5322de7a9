using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.Sms;

/// <summary>The login's second step by SMS: a code on request (it costs money and can be abused, so never unasked), then the check.</summary>
internal sealed class SmsLogin(
    SecondFactorDbContext db, EmployerPolicies policies, SmsCodes codes, SecondFactorVerification verification, SecondStepLockout lockout)
{
    public async Task<SmsSentPayload> SendAsync(SessionCaller caller, Guid? factorId, CancellationToken cancellationToken)
    {
        if (caller.SessionState != SessionState.PendingSecondFactor)
        {
            return new SmsSentPayload(null, null, [UserError.For(SecondFactorErrorCodes.NotPending, "This session has no second factor to verify.")]);
        }
        if (await lockout.LockedUntilAsync(caller.AccountId, cancellationToken) is not null)
        {
            // No SMS that could not be used: it would only cost money.
            return new SmsSentPayload(null, null, [SecondFactorVerification.Locked]);
        }
        if (!(await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).Allows(SecondFactorMethod.Sms))
        {
            return new SmsSentPayload(null, null, [UserError.For(SecondFactorErrorCodes.MethodNotAllowed, "Your employer does not allow SMS.")]);
        }
        var factor = await db.Factors
            .Where(f => f.AccountId == caller.AccountId && f.Method == SecondFactorMethod.Sms && f.ConfirmedAt != null && f.RemovedAt == null
                && (factorId == null || f.Id == factorId))
            .OrderByDescending(f => f.LastUsedAt).FirstOrDefaultAsync(cancellationToken);
        if (factor is null)
        {
            return new SmsSentPayload(null, null, [UserError.For(ErrorCodes.NotFound, "There is no phone number for SMS on this account.", "input", "factorId")]);
        }
        return await codes.SendAsync(caller, factor, cancellationToken) is { } failed
            ? new SmsSentPayload(factor.Id, null, [failed])
            : new SmsSentPayload(factor.Id, MobileNumber.Masked(factor.PhoneNumber!), []);
    }

    public Task<VerificationPayload> VerifyAsync(SessionCaller caller, string code, CancellationToken cancellationToken) =>
        verification.RunAsync(caller, async () =>
            (await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).Allows(SecondFactorMethod.Sms)
            && await codes.VerifyAsync(caller, code, null, cancellationToken), cancellationToken);
}
