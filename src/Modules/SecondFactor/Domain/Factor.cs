namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// One second factor of one account: a security key, an authenticator app or an SMS number. It counts only once
/// confirmed (a correct first code or a completed key registration), and stops counting when removed.
/// </summary>
internal sealed class Factor
{
    private Factor() { }

    public Guid Id { get; private set; }
    public Guid AccountId { get; private set; }
    public SecondFactorMethod Method { get; private set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Authenticator app: the TOTP secret, encrypted (see <see cref="AuthenticatorApp.TotpSecrets"/>).</summary>
    public byte[]? SecretCiphertext { get; private set; }

    /// <summary>Authenticator app: the last time step accepted; a step is accepted once, also under concurrency.</summary>
    public long? LastUsedStep { get; private set; }

    /// <summary>Security key: the WebAuthn credential id, unique across all accounts.</summary>
    public byte[]? CredentialId { get; private set; }

    /// <summary>Security key: the COSE public key the key signs with.</summary>
    public byte[]? PublicKey { get; private set; }

    /// <summary>Security key: the signature counter last seen; a counter that goes backwards means a cloned key.</summary>
    public long SignCount { get; private set; }

    /// <summary>SMS: the mobile number in E.164.</summary>
    public string? PhoneNumber { get; private set; }

    public const int MaxNameLength = 60;

    public bool IsActive => ConfirmedAt is not null && RemovedAt is null;

    /// <param name="id">Chosen first, because the secret is encrypted for this id.</param>
    public static Factor NewAuthenticatorApp(Guid id, Guid accountId, byte[] secretCiphertext, DateTimeOffset now) => new()
    {
        Id = id,
        AccountId = accountId,
        Method = SecondFactorMethod.AuthenticatorApp,
        Name = "Authenticator-app",
        CreatedAt = now,
        SecretCiphertext = secretCiphertext,
    };

    public static Factor NewSecurityKey(Guid accountId, string name, byte[] credentialId, byte[] publicKey, long signCount, DateTimeOffset now)
    {
        var key = new Factor
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Method = SecondFactorMethod.SecurityKey,
            CreatedAt = now,
            CredentialId = credentialId,
            PublicKey = publicKey,
            SignCount = signCount,
        };
        key.Confirm(string.IsNullOrWhiteSpace(name) ? "Beveiligingssleutel" : name, now);
        return key;
    }

    public static Factor NewSms(Guid accountId, string phoneNumber, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        Method = SecondFactorMethod.Sms,
        Name = "Sms",
        CreatedAt = now,
        PhoneNumber = phoneNumber,
    };

    public void UseStep(long step) => LastUsedStep = step;

    public void Rename(string name) => Name = name;

    /// <summary>
    /// The factor stops counting. Its secret, public key and number are erased, as nothing needs them any more; the row
    /// stays as a record of what the account had. The same key or number can be added again later.
    /// </summary>
    public void Remove(DateTimeOffset now)
    {
        RemovedAt = now;
        SecretCiphertext = null;
        CredentialId = null;
        PublicKey = null;
        PhoneNumber = null;
    }

    public void Used(DateTimeOffset now) => LastUsedAt = now;

    public void Confirm(string? name, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            Name = name.Trim();
        }
        ConfirmedAt = now;
        LastUsedAt = now;
    }
}
