using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Domain;

/// <summary>The employer's settings that concern accounts (DOMAIN §10): invitation expiry, reminders, lockout.</summary>
internal sealed record AccountSettings(int InvitationExpiryDays, IReadOnlyList<int> ReminderDays, LockoutPolicy Lockout)
{
    public static AccountSettings Default { get; } = new(14, [3, 7], LockoutPolicy.Default);

    public const int MaxExpiryDays = 60;
    public const int MaxReminders = 5;

    public IReadOnlyList<UserError> Validate()
    {
        var rules = new InputRules()
            .Check(InvitationExpiryDays is >= 1 and <= MaxExpiryDays, ErrorCodes.InvalidValue,
                $"An invitation expires after 1 to {MaxExpiryDays} days.", "input", "invitationExpiryDays")
            .Check(ReminderDays.Count <= MaxReminders, ErrorCodes.TooMany,
                $"At most {MaxReminders} reminders.", "input", "reminderDays")
            .Check(ReminderDays.All(day => day >= 1 && day < InvitationExpiryDays), ErrorCodes.InvalidValue,
                "Every reminder day falls after the invitation is sent and before it expires.", "input", "reminderDays")
            .Check(ReminderDays.Zip(ReminderDays.Skip(1)).All(pair => pair.First < pair.Second), ErrorCodes.InvalidValue,
                "Reminder days are listed in increasing order, each once.", "input", "reminderDays");
        foreach (var error in Lockout.Validate())
        {
            rules.Add(error);
        }
        return rules.Errors;
    }
}

/// <summary>
/// Failed logins lock an address for a while, longer after each further failure, but never for good:
/// after <see cref="FreeAttempts"/> failures the delay starts at the base and doubles up to the maximum.
/// </summary>
internal sealed record LockoutPolicy(int FreeAttempts, int BaseDelaySeconds, int MaxDelaySeconds)
{
    public static LockoutPolicy Default { get; } = new(3, 60, 900);

    public TimeSpan? DelayAfter(int failures)
    {
        if (failures < FreeAttempts)
        {
            return null;
        }
        var doublings = Math.Min(failures - FreeAttempts, 20);
        return TimeSpan.FromSeconds(Math.Min(MaxDelaySeconds, BaseDelaySeconds * Math.Pow(2, doublings)));
    }

    public IReadOnlyList<UserError> Validate() => new InputRules()
        .Check(FreeAttempts is >= 1 and <= 10, ErrorCodes.InvalidValue,
            "Between 1 and 10 failed logins are allowed before a lockout.", "input", "lockout", "freeAttempts")
        .Check(BaseDelaySeconds is >= 1 and <= 3600, ErrorCodes.InvalidValue,
            "The first lockout lasts 1 second to 1 hour.", "input", "lockout", "baseDelaySeconds")
        .Check(MaxDelaySeconds >= BaseDelaySeconds && MaxDelaySeconds <= 86_400, ErrorCodes.InvalidValue,
            "The longest lockout is at least the first and at most one day.", "input", "lockout", "maxDelaySeconds")
        .Errors;
}
