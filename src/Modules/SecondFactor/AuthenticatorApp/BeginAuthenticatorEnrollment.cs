using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.SecondFactor.Data;
using Verzuim.SecondFactor.Domain;
using Verzuim.SecondFactor.Policies;
using Verzuim.SecondFactor.Verification;

namespace Verzuim.SecondFactor.AuthenticatorApp;

internal sealed record AuthenticatorEnrollmentPayload(Guid? FactorId, string? Key, string? OtpAuthUri, string? QrCodeSvg, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// Step 1 of adding an authenticator app: a 160-bit secret, shown as a QR code, an `otpauth://` link and a key in
/// groups of four. The factor counts only after a correct code (step 2). Installing an app takes a while, often longer
/// than a password-only session lasts, so an unfinished set-up stays with the account and is offered again, same
/// secret, until it is confirmed or deliberately started over.
/// </summary>
internal sealed class BeginAuthenticatorEnrollment(
    SecondFactorDbContext db, EmployerPolicies policies, FactorChangeCheck changeCheck, TotpSecrets secrets, IAccountDirectory accounts,
    IOptions<SecondFactorOptions> options, TimeProvider clock)
{
    public async Task<AuthenticatorEnrollmentPayload> HandleAsync(SessionCaller caller, bool startOver, CancellationToken cancellationToken)
    {
        if (await changeCheck.RefusalAsync(caller, cancellationToken) is { } refusal)
        {
            return Failed(refusal);
        }
        if (!(await policies.ForAsync(caller.EmployerId!.Value, cancellationToken)).Allows(SecondFactorMethod.AuthenticatorApp))
        {
            return Failed(UserError.For(SecondFactorErrorCodes.MethodNotAllowed, "Your employer does not allow authenticator apps."));
        }
        var holder = await accounts.FindAsync(caller.AccountId, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAccountAsync(caller.AccountId, cancellationToken);
        var unfinished = db.Factors.Where(f => f.AccountId == caller.AccountId && f.Method == SecondFactorMethod.AuthenticatorApp && f.ConfirmedAt == null);
        if (!startOver && await unfinished.AsNoTracking().OrderByDescending(f => f.CreatedAt).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            var kept = secrets.Decrypt(earlier.SecretCiphertext!, earlier.Id);
            return Offer(earlier.Id, kept, holder?.Email);
        }
        await unfinished.ExecuteDeleteAsync(cancellationToken);
        var secret = TotpSecrets.NewSecret();
        var id = Guid.CreateVersion7(now);
        db.Factors.Add(Factor.NewAuthenticatorApp(id, caller.AccountId, secrets.Encrypt(secret, id), now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Offer(id, secret, holder?.Email);
    }

    private AuthenticatorEnrollmentPayload Offer(Guid factorId, byte[] secret, string? email)
    {
        var uri = TotpCodes.Uri(secret, options.Value.Issuer, email ?? "account");
        return new AuthenticatorEnrollmentPayload(factorId, TotpCodes.GroupedKey(secret), uri, QrSvg(uri), []);
    }

    private static string QrSvg(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }

    private static AuthenticatorEnrollmentPayload Failed(UserError error) => new(null, null, null, null, [error]);
}
