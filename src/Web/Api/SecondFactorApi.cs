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

    public async Task<VerificationResult> VerifyRecoveryCodeAsync(string code, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<VerifyRecoveryData>("VerifyRecoveryCode", new { input = new { code } }, cancellationToken)).VerifyRecoveryCode;
}

public sealed record SecondFactorInfo(string Id, string Method, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

public sealed record MySecondFactors(List<SecondFactorInfo> Factors, int RecoveryCodesLeft, List<string> AllowedMethods);

public sealed record AuthenticatorEnrollment(string? FactorId, string? Key, string? QrCodeSvg, List<UserError> Errors);

public sealed record EnrollmentResult(Session? Session, List<string>? RecoveryCodes, List<UserError> Errors);

public sealed record VerificationResult(Session? Session, bool MustSetUpNewFactor, List<UserError> Errors);

internal sealed record MySecondFactorsData(MySecondFactors MySecondFactors);
internal sealed record BeginAuthenticatorData(AuthenticatorEnrollment BeginAuthenticatorEnrollment);
internal sealed record ConfirmAuthenticatorData(EnrollmentResult ConfirmAuthenticatorEnrollment);
internal sealed record VerifyAuthenticatorData(VerificationResult VerifyAuthenticatorCode);
internal sealed record VerifyRecoveryData(VerificationResult VerifyRecoveryCode);
