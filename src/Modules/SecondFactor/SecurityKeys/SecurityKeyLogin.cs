using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.SecurityKeys;

/// <summary>
/// The login's second step with a security key. Only this account's keys are offered and accepted; the challenge works
/// once; a signature counter that goes backwards (a cloned key) is refused and recorded as a security event.
/// </summary>
internal sealed class SecurityKeyLogin(
    SecondFactorDbContext db, Fido2 fido2, WebAuthnChallenges challenges, EmployerPolicies policies, SecondFactorVerification verification,
    SecondStepLockout lockout, TimeProvider clock)
{
    public async Task<WebAuthnOptionsPayload> BeginAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        if (caller.SessionState != SessionState.PendingSecondFactor)
        {
            return new WebAuthnOptionsPayload(null, [UserError.For(SecondFactorErrorCodes.NotPending, "This session has no second factor to verify.")]);
        }
        if (await lockout.LockedUntilAsync(caller.AccountId, cancellationToken) is not null)
        {
            return new WebAuthnOptionsPayload(null, [SecondFactorVerification.Locked]);
        }
        var keys = await db.Factors.Where(f => f.AccountId == caller.AccountId && f.CredentialId != null && f.ConfirmedAt != null && f.RemovedAt == null)
            .Select(f => f.CredentialId!).ToListAsync(cancellationToken);
        if (keys.Count == 0 || !(await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).Allows(SecondFactorMethod.SecurityKey))
        {
            return new WebAuthnOptionsPayload(null, [UserError.For(ErrorCodes.NotFound, "There is no security key for this account.")]);
        }
        var options = fido2.GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = [.. keys.Select(id => new PublicKeyCredentialDescriptor(id))],
            UserVerification = UserVerificationRequirement.Discouraged,
        });
        var json = JsonSerializer.Serialize(options);
        await challenges.StartAsync(caller, forRegistration: false, json, cancellationToken);
        return new WebAuthnOptionsPayload(json, []);
    }

    private static readonly UserError WrongAnswer =
        UserError.For(SecondFactorErrorCodes.KeyNotAccepted, "The security key's answer was not accepted.", "input", "assertion");

    public Task<VerificationPayload> VerifyAsync(SessionCaller caller, string assertionJson, CancellationToken cancellationToken) =>
        verification.RunAsync(caller, () => CheckAsync(caller, assertionJson, cancellationToken), cancellationToken, wrongAnswer: WrongAnswer);

    private async Task<bool> CheckAsync(SessionCaller caller, string assertionJson, CancellationToken cancellationToken)
    {
        if (assertionJson.Length > 64 * 1024 || await challenges.TakeAsync(caller, forRegistration: false, cancellationToken) is not { } optionsJson)
        {
            return false;
        }
        try
        {
            var assertion = JsonSerializer.Deserialize<AuthenticatorAssertionRawResponse>(assertionJson)!;
            var credentialId = Convert.FromBase64String(Base64Url(assertion.Id));
            var key = await db.Factors.AsNoTracking().SingleOrDefaultAsync(f => f.CredentialId == credentialId && f.AccountId == caller.AccountId
                && f.ConfirmedAt != null && f.RemovedAt == null, cancellationToken);
            if (key is null)
            {
                return false;
            }
            // The counter is checked here rather than by the library, so a regression can be recorded before it is refused.
            var result = await fido2.MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = assertion,
                OriginalOptions = JsonSerializer.Deserialize<AssertionOptions>(optionsJson)!,
                StoredPublicKey = key.PublicKey!,
                StoredSignatureCounter = 0,
                IsUserHandleOwnerOfCredentialIdCallback = (args, _) => Task.FromResult(args.CredentialId.AsSpan().SequenceEqual(key.CredentialId)),
            }, cancellationToken);
            return await AcceptCounterAsync(caller, key.Id, key.SignCount, result.SignCount, cancellationToken);
        }
        catch (Exception error) when (error is Fido2VerificationException or JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private async Task<bool> AcceptCounterAsync(SessionCaller caller, Guid keyId, long stored, uint presented, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if ((stored > 0 || presented > 0) && presented <= stored)
        {
            db.SecurityEvents.Add(SecurityEvent.Of(SecurityEvent.SignatureCounterWentBack, caller.AccountId, keyId, now));
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
        // Compare-and-set: of two answers with the same counter, one wins.
        return await db.Factors.Where(f => f.Id == keyId && (f.SignCount < presented || (presented == 0 && f.SignCount == 0)))
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.SignCount, (long)presented).SetProperty(x => x.LastUsedAt, now), cancellationToken) == 1;
    }

    private static string Base64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        return padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
    }
}
