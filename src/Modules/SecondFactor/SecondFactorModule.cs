using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Configuration;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.SecondFactor.AuthenticatorApp;
using Verzuim.SecondFactor.Contracts;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.GraphQL;
using Verzuim.SecondFactor.Management;
using Verzuim.SecondFactor.Notices;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.RecoveryCodes;
using Verzuim.SecondFactor.SecurityKeys;
using Verzuim.SecondFactor.Sms;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor;

/// <summary>
/// The SecondFactor module: the employer's allowed methods and, per account, security keys, authenticator apps,
/// SMS numbers and recovery codes. Everything in it is internal; this registration is its surface.
/// </summary>
public static class SecondFactorModule
{
    public static IServiceCollection AddSecondFactorModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SecondFactorDbContext>(SecondFactorDbContext.Schema);
        services.AddValidatedOptions<SecondFactorOptions>(configuration.GetSection(SecondFactorOptions.Section));
        services.AddSingleton<TotpSecrets>();
        services.AddScoped<ISecondFactors, SecondFactorGate>();
        Type[] useCases =
        [
            typeof(EmployerPolicies), typeof(FactorChangeCheck), typeof(VerificationAttempts), typeof(SecondStepLockout), typeof(SecondFactorVerification),
            typeof(RecoveryCodeIssuer), typeof(EnrollmentCompletion), typeof(VerifyRecoveryCode),
            typeof(BeginAuthenticatorEnrollment), typeof(ConfirmAuthenticatorEnrollment), typeof(VerifyAuthenticatorCode),
            typeof(FactorNotices), typeof(FactorManagement), typeof(ResetSecondFactor),
        ];
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }
        services.AddEmailOutbox<SecondFactorDbContext>();
        services.AddSingleton(ManagePageLink.From(configuration));
        var webAuthn = WebAuthnSettings.From(configuration);
        services.AddSingleton(new Fido2NetLib.Fido2(new Fido2NetLib.Fido2Configuration
        {
            RPID = webAuthn.RpId,
            RPName = webAuthn.RpName,
            Origins = new HashSet<string> { webAuthn.Origin },
            // Twice the 16 bytes WebAuthn asks for as a minimum.
            ChallengeSize = 32,
        }));
        services.AddScoped<WebAuthnChallenges>();
        services.AddScoped<SecurityKeyRegistration>();
        services.AddScoped<SecurityKeyLogin>();
        services.AddSms(configuration);
        services.AddSecondFactorSchema();
        return services;
    }
}
