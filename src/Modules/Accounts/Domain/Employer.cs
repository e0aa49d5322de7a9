namespace Verzuim.Accounts.Domain;

/// <summary>A tenant: nothing of one employer is ever visible to another.</summary>
internal sealed class Employer
{
    private Employer() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int InvitationExpiryDays { get; private set; }
    public int[] ReminderDays { get; private set; } = [];
    public int LockoutFreeAttempts { get; private set; }
    public int LockoutBaseDelaySeconds { get; private set; }
    public int LockoutMaxDelaySeconds { get; private set; }

    public const int MaxNameLength = 200;

    public static Employer Create(string name, DateTimeOffset now)
    {
        var employer = new Employer { Id = Guid.CreateVersion7(now), Name = name.Trim(), CreatedAt = now };
        employer.Apply(AccountSettings.Default);
        return employer;
    }

    public AccountSettings Settings => new(
        InvitationExpiryDays, ReminderDays, new LockoutPolicy(LockoutFreeAttempts, LockoutBaseDelaySeconds, LockoutMaxDelaySeconds));

    public void Apply(AccountSettings settings)
    {
        InvitationExpiryDays = settings.InvitationExpiryDays;
        ReminderDays = [.. settings.ReminderDays];
        LockoutFreeAttempts = settings.Lockout.FreeAttempts;
        LockoutBaseDelaySeconds = settings.Lockout.BaseDelaySeconds;
        LockoutMaxDelaySeconds = settings.Lockout.MaxDelaySeconds;
    }
}
