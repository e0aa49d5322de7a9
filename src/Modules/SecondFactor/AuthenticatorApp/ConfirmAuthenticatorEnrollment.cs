using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.AuthenticatorApp;

/// <summary>Step 2 of adding an authenticator app: a correct code from the app makes the factor count.</summary>
internal sealed class ConfirmAuthenticatorEnrollment(
    SecondFactorDbContext db, FactorChangeCheck changeCheck, TotpSecrets secrets, EnrollmentCompletion completion, TimeProvider clock)
{
    public async Task<EnrollmentPayload> HandleAsync(SessionCaller caller, Guid factorId, string code, string? name, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return EnrollmentPayload.Failed(refusal);
        }
        if (await completion.ResumeAsync(caller, cancellationToken) is { } resumed)
        {
            return resumed;
        }
        if (name is { Length: > Factor.MaxNameLength })
        {
            return EnrollmentPayload.Failed(UserError.For(ErrorCodes.TooLong, $"A name takes at most {Factor.MaxNameLength} characters.", "input", "name"));
        }
        var factor = await db.Factors.SingleOrDefaultAsync(f => f.Id == factorId && f.AccountId == caller.AccountId && f.ConfirmedAt == null, cancellationToken);
        if (factor is null)
        {
            return EnrollmentPayload.Failed(UserError.For(ErrorCodes.NotFound, "Start adding the authenticator app again.", "input", "factorId"));
        }
        var now = clock.GetUtcNow();
        if (TotpCodes.MatchingStep(secrets.Decrypt(factor.SecretCiphertext!, factor.Id), code, now) is not { } step)
        {
            return EnrollmentPayload.Failed(UserError.For(SecondFactorErrorCodes.InvalidCode, "This code is not correct. Check the time on your phone and try the newest code.", "input", "code"));
        }
        factor.Confirm(name, now);
        factor.UseStep(step);
        return await completion.CompleteAsync(caller, factor, cancellationToken);
    }
}

internal sealed class ConfirmAuthenticatorEnrollmentInput
{
    public Guid FactorId { get; init; }
    public string Code { get; init; } = "";
    public string? Name { get; init; }
}
