using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.SecurityKeys;

internal sealed record WebAuthnOptionsPayload(string? OptionsJson, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Adding a security key (WebAuthn): the options with a fresh challenge go to the browser, which asks the key to
/// create a credential; the answer is checked against those options (origin, RP ID, user presence) and stored.
/// </summary>
internal sealed class SecurityKeyRegistration(
    SecondFactorDbContext db, Fido2 fido2, WebAuthnChallenges challenges, EmployerPolicies policies, FactorChangeCheck changeCheck,
    IAccountDirectory accounts, EnrollmentCompletion completion, TimeProvider clock)
{
    public async Task<WebAuthnOptionsPayload> BeginAsync(SessionCaller caller, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return new WebAuthnOptionsPayload(null, [refusal]);
        }
        var holder = await accounts.FindAsync(caller.AccountId, cancellationToken);
        var existing = await db.Factors.Where(f => f.AccountId == caller.AccountId && f.CredentialId != null && f.RemovedAt == null)
            .Select(f => f.CredentialId!).ToListAsync(cancellationToken);
        var options = fido2.RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = caller.AccountId.ToByteArray(), Name = holder?.Email ?? "account", DisplayName = holder?.DisplayName ?? "" },
            ExcludeCredentials = [.. existing.Select(id => new PublicKeyCredentialDescriptor(id))],
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Discouraged,
                UserVerification = UserVerificationRequirement.Discouraged,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        var json = JsonSerializer.Serialize(options);
        await challenges.StartAsync(caller, forRegistration: true, json, cancellationToken);
        return new WebAuthnOptionsPayload(json, []);
    }

    public async Task<EnrollmentPayload> CompleteAsync(SessionCaller caller, string attestationJson, string? name, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(caller, cancellationToken) is { } refusal)
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
        if (await challenges.TakeAsync(caller, forRegistration: true, cancellationToken) is not { } optionsJson)
        {
            return EnrollmentPayload.Failed(UserError.For(SecondFactorErrorCodes.KeyNotAccepted, "Start adding the security key again.", "input", "attestation"));
        }
        RegisteredPublicKeyCredential credential;
        try
        {
            credential = await fido2.MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = JsonSerializer.Deserialize<AuthenticatorAttestationRawResponse>(attestationJson)!,
                OriginalOptions = JsonSerializer.Deserialize<CredentialCreateOptions>(optionsJson)!,
                IsCredentialIdUniqueToUserCallback = async (args, token) => !await db.Factors.AnyAsync(f => f.CredentialId == args.CredentialId, token),
            }, cancellationToken);
        }
        catch (Exception error) when (error is Fido2VerificationException or JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            return EnrollmentPayload.Failed(UserError.For(SecondFactorErrorCodes.KeyNotAccepted, "The security key's answer could not be verified.", "input", "attestation"));
        }
        var factor = Factor.NewSecurityKey(caller.AccountId, name?.Trim() ?? "", credential.Id, credential.PublicKey, credential.SignCount, clock.GetUtcNow());
        db.Factors.Add(factor);
        try
        {
            return await completion.CompleteAsync(caller, factor, cancellationToken);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            return EnrollmentPayload.Failed(UserError.For(SecondFactorErrorCodes.KeyNotAccepted, "This security key is already registered.", "input", "attestation"));
        }
    }

    private async Task<UserError?> RefusalAsync(SessionCaller caller, CancellationToken cancellationToken) =>
        await changeCheck.RefusalAsync(caller, cancellationToken)
        ?? ((await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).Allows(SecondFactorMethod.SecurityKey)
            ? null
            : UserError.For(SecondFactorErrorCodes.MethodNotAllowed, "Your employer does not allow security keys."));
}
