namespace Verzuim.Web.Api;

/// <summary>The second-factor operations of the Host's API, as the portal's pages use them.</summary>
internal sealed class SecondFactorApi(GraphQLClient graphql)
{
    public async Task<MySecondFactors> MineAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<MySecondFactorsData>("MySecondFactors", null, cancellationToken)).MySecondFactors;

    public async Task<AuthenticatorEnrollment> BeginAuthenticatorAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<BeginAuthenticatorData>("BeginAuthenticatorEnrollment", null, cancellationToken)).BeginAuthenticatorEnrollment;

    public async Task<EnrollmentResult> ConfirmAuthenticatorAsync(string factorId, string code, string? name, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ConfirmAuthenticatorData>("ConfirmAuthenticatorEnrollment",
            new { input = new { factorId, code, name } }, cancellationToken)).ConfirmAuthenticatorEnrollment;

    public async Task<VerificationResult> VerifyAuthenticatorAsync(string code, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<VerifyAuthenticatorData>("VerifyAuthenticatorCode", new { input = new { code } }, cancellationToken)).VerifyAuthenticatorCode;

    public async Task<SmsSent> BeginSmsAsync(string phoneNumber, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<BeginSmsData>("BeginSmsEnrollment", new { input = new { phoneNumber } }, cancellationToken)).BeginSmsEnrollment;

    public async Task<EnrollmentResult> ConfirmSmsAsync(string factorId, string code, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ConfirmSmsData>("ConfirmSmsEnrollment", new { input = new { factorId, code } }, cancellationToken)).ConfirmSmsEnrollment;

    public async Task<SmsSent> SendSmsCodeAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<SendSmsData>("SendSmsCode", null, cancellationToken)).SendSmsCode;

    public async Task<VerificationResult> VerifySmsCodeAsync(string code, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<VerifySmsData>("VerifySmsCode", new { input = new { code } }, cancellationToken)).VerifySmsCode;

    public async Task<WebAuthnOptions> BeginSecurityKeyRegistrationAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<BeginKeyRegistrationData>("BeginSecurityKeyRegistration", null, cancellationToken)).BeginSecurityKeyRegistration;

    public async Task<EnrollmentResult> CompleteSecurityKeyRegistrationAsync(string attestation, string? name, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<CompleteKeyRegistrationData>("CompleteSecurityKeyRegistration",
            new { input = new { attestation, name } }, cancellationToken)).CompleteSecurityKeyRegistration;

    public async Task<WebAuthnOptions> BeginSecurityKeyLoginAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<BeginKeyLoginData>("BeginSecurityKeyLogin", null, cancellationToken)).BeginSecurityKeyLogin;

    public async Task<VerificationResult> VerifySecurityKeyAsync(string assertion, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<VerifyKeyData>("VerifySecurityKey", new { input = new { assertion } }, cancellationToken)).VerifySecurityKey;

    public async Task<VerificationResult> VerifyRecoveryCodeAsync(string code, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<VerifyRecoveryData>("VerifyRecoveryCode", new { input = new { code } }, cancellationToken)).VerifyRecoveryCode;

    public async Task<IReadOnlyList<UserError>> RenameAsync(string factorId, string name, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<RenameData>("RenameSecondFactor", new { input = new { factorId, name } }, cancellationToken)).RenameSecondFactor.Errors;

    public async Task<IReadOnlyList<UserError>> RemoveAsync(string factorId, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<RemoveData>("RemoveSecondFactor", new { input = new { factorId } }, cancellationToken)).RemoveSecondFactor.Errors;

    public async Task<RecoveryCodesResult> RenewRecoveryCodesAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<RenewRecoveryCodesData>("RenewRecoveryCodes", null, cancellationToken)).RenewRecoveryCodes;
}

public sealed record SecondFactorInfo(string Id, string Method, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

public sealed record MySecondFactors(
    List<SecondFactorInfo> Factors, int RecoveryCodesLeft, List<string> AllowedMethods, string? PhoneNumberOnRecord, DateTimeOffset? ChangesAllowedUntil,
    DateTimeOffset? SecondStepLockedUntil)
{
    /// <summary>Whether removing this factor leaves one the employer allows: the Host refuses to remove the last.</summary>
    public bool CanRemove(SecondFactorInfo factor) => Factors.Any(other => other.Id != factor.Id && AllowedMethods.Contains(other.Method));
}

public sealed record WebAuthnOptions(string? OptionsJson, List<UserError> Errors);

public sealed record SmsSent(string? FactorId, string? SentTo, List<UserError> Errors);

public sealed record AuthenticatorEnrollment(string? FactorId, string? Key, string? OtpAuthUri, string? QrCodeSvg, List<UserError> Errors);

public sealed record EnrollmentResult(Session? Session, List<string>? RecoveryCodes, List<UserError> Errors);

public sealed record VerificationResult(Session? Session, bool MustSetUpNewFactor, List<UserError> Errors);

public sealed record ErrorsOnly(List<UserError> Errors);

public sealed record RecoveryCodesResult(List<string>? RecoveryCodes, List<UserError> Errors);

internal sealed record MySecondFactorsData(MySecondFactors MySecondFactors);
internal sealed record BeginAuthenticatorData(AuthenticatorEnrollment BeginAuthenticatorEnrollment);
internal sealed record ConfirmAuthenticatorData(EnrollmentResult ConfirmAuthenticatorEnrollment);
internal sealed record VerifyAuthenticatorData(VerificationResult VerifyAuthenticatorCode);
internal sealed record VerifyRecoveryData(VerificationResult VerifyRecoveryCode);
internal sealed record BeginKeyRegistrationData(WebAuthnOptions BeginSecurityKeyRegistration);
internal sealed record CompleteKeyRegistrationData(EnrollmentResult CompleteSecurityKeyRegistration);
internal sealed record BeginKeyLoginData(WebAuthnOptions BeginSecurityKeyLogin);
internal sealed record VerifyKeyData(VerificationResult VerifySecurityKey);
internal sealed record BeginSmsData(SmsSent BeginSmsEnrollment);
internal sealed record ConfirmSmsData(EnrollmentResult ConfirmSmsEnrollment);
internal sealed record SendSmsData(SmsSent SendSmsCode);
internal sealed record VerifySmsData(VerificationResult VerifySmsCode);
internal sealed record RenameData(ErrorsOnly RenameSecondFactor);
internal sealed record RemoveData(ErrorsOnly RemoveSecondFactor);
internal sealed record RenewRecoveryCodesData(RecoveryCodesResult RenewRecoveryCodes);
