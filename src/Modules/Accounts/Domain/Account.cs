namespace Verzuim.Accounts.Domain;

/// <summary>
/// A login: an e-mail address (unique across the service, so a login is never ambiguous) and a password, held by one
/// employee or one employer user. Employees get theirs when they register; employer users when they are created.
/// </summary>
internal sealed class Account
{
    private Account() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid? EmployeeId { get; private set; }
    public Guid? EmployerUserId { get; private set; }
    public string EmailNormalized { get; private set; } = "";
    public string? PasswordHash { get; private set; }
    public DateTimeOffset? PasswordChangedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool CanLogIn => PasswordHash is not null && DisabledAt is null;

    public static Account ForEmployee(Guid employerId, Guid employeeId, string emailNormalized, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), EmployerId = employerId, EmployeeId = employeeId, EmailNormalized = emailNormalized, CreatedAt = now };

    public static Account ForEmployerUser(Guid employerId, Guid employerUserId, string emailNormalized, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), EmployerId = employerId, EmployerUserId = employerUserId, EmailNormalized = emailNormalized, CreatedAt = now };

    public void SetPassword(PasswordHash hash, DateTimeOffset now)
    {
        PasswordHash = hash.Value;
        PasswordChangedAt = now;
    }

    /// <summary>Replaces a hash made with older parameters after a successful login; the password itself is unchanged.</summary>
    public void UpgradeHash(PasswordHash hash) => PasswordHash = hash.Value;

    public void Disable(DateTimeOffset now) => DisabledAt ??= now;
}
