using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.Sms;

internal sealed record SmsSentPayload(Guid? FactorId, string? SentTo, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Adding SMS: the number gets a code (step 1); the code confirms the number (step 2).</summary>
internal sealed class SmsEnrollment(
    SecondFactorDbContext db, EmployerPolicies policies, FactorChangeCheck changeCheck, SmsCodes codes, EnrollmentCompletion completion, TimeProvider clock)
{
    public async Task<SmsSentPayload> BeginAsync(SessionCaller caller, string phoneNumber, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return new SmsSentPayload(null, null, [refusal]);
        }
        var policy = await policies.ForAsync(caller.EmployerId!.Value, cancellationToken);
        if (!policy.Allows(SecondFactorMethod.Sms))
        {
            return new SmsSentPayload(null, null, [UserError.For(SecondFactorErrorCodes.MethodNotAllowed, "Your employer does not allow SMS.")]);
        }
        var number = MobileNumber.Check(phoneNumber);
        if (number.Number is null)
        {
            var message = number.ErrorCode switch
            {
                "REQUIRED" => "Enter a mobile number.",
                "NOT_A_MOBILE_NUMBER" => "This is not a mobile number; a landline cannot receive the code.",
                _ => "This is not a valid phone number.",
            };
            return new SmsSentPayload(null, null, [UserError.For(number.ErrorCode!, message, "input", "phoneNumber")]);
        }
        if (!policy.AllowsSmsTo(number.Number))
        {
            return new SmsSentPayload(null, null, [UserError.For(SecondFactorErrorCodes.CountryNotAllowed,
                $"Codes can be sent to mobile numbers of {string.Join(", ", policy.AllowedSmsCountries)} only. Use another number or method.", "input", "phoneNumber")]);
        }
        await db.Factors.Where(f => f.AccountId == caller.AccountId && f.Method == SecondFactorMethod.Sms && f.ConfirmedAt == null)
            .ExecuteDeleteAsync(cancellationToken);
        var factor = Factor.NewSms(caller.AccountId, number.Number, clock.GetUtcNow());
        db.Factors.Add(factor);
        await db.SaveChangesAsync(cancellationToken);
        return await codes.SendAsync(caller, factor, cancellationToken) is { } failed
            ? new SmsSentPayload(factor.Id, null, [failed])
            : new SmsSentPayload(factor.Id, MobileNumber.Masked(number.Number), []);
    }

    public async Task<EnrollmentPayload> ConfirmAsync(SessionCaller caller, Guid factorId, string code, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return EnrollmentPayload.Failed(refusal);
        }
        if (await completion.ResumeAsync(caller, cancellationToken) is { } resumed)
        {
            return resumed;
        }
        var factor = await db.Factors.SingleOrDefaultAsync(f => f.Id == factorId && f.AccountId == caller.AccountId && f.ConfirmedAt == null, cancellationToken);
        if (factor is null)
        {
            return EnrollmentPayload.Failed(UserError.For(ErrorCodes.NotFound, "Start adding the phone number again.", "input", "factorId"));
        }
        if (!await codes.VerifyAsync(caller, code, factor.Id, cancellationToken))
        {
            return EnrollmentPayload.Failed(UserError.For(SecondFactorErrorCodes.InvalidCode, "This code is not correct, or no longer valid.", "input", "code"));
        }
        factor.Confirm(MobileNumber.Masked(factor.PhoneNumber!), clock.GetUtcNow());
        return await completion.CompleteAsync(caller, factor, cancellationToken);
    }
}
