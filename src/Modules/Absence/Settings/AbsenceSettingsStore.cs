using Microsoft.EntityFrameworkCore;
using Verzuim.Absence.Data;
using Verzuim.Absence.Domain;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Absence.Settings;

internal sealed record AbsenceSettingsPayload(AbsenceSettings? Settings, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>Reads and changes an employer's absence settings; an employer without stored settings has the defaults.</summary>
internal sealed class AbsenceSettingsStore(AbsenceDbContext db, TimeProvider clock)
{
    public async Task<AbsenceSettings> ForAsync(Guid employerId, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.EmployerId == employerId, cancellationToken) ?? AbsenceSettings.Default(employerId);

    public async Task<AbsenceSettingsPayload> UpdateAsync(Guid employerId, AbsenceSettingsChange change, CancellationToken cancellationToken)
    {
        var errors = Validate(change);
        if (errors.Count > 0)
        {
            return new AbsenceSettingsPayload(null, errors);
        }
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.EmployerId == employerId, cancellationToken);
        if (settings is null)
        {
            settings = AbsenceSettings.Default(employerId);
            db.Settings.Add(settings);
        }
        settings.Change(change, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new AbsenceSettingsPayload(settings, []);
    }

    private static List<UserError> Validate(AbsenceSettingsChange change)
    {
        var errors = new List<UserError>();
        foreach (var (name, window) in new[] { ("employeeWindow", change.EmployeeWindow), ("employerWindow", change.EmployerWindow) })
        {
            if (window.DaysBack is < 0 or > ReportingWindow.MaxDays)
            {
                errors.Add(UserError.For(ErrorCodes.InvalidValue, $"Days back lie between 0 and {ReportingWindow.MaxDays}.", "input", name, "daysBack"));
            }
            if (window.DaysForward is < 0 or > ReportingWindow.MaxDays)
            {
                errors.Add(UserError.For(ErrorCodes.InvalidValue, $"Days forward lie between 0 and {ReportingWindow.MaxDays}.", "input", name, "daysForward"));
            }
        }
        if (change.RecoveryDaysForward is < 0 or > ReportingWindow.MaxDays)
        {
            errors.Add(UserError.For(ErrorCodes.InvalidValue, $"Days ahead for recovery lie between 0 and {ReportingWindow.MaxDays}.", "input", "recoveryDaysForward"));
        }
        if (change.Contacts.Count > Contact.MaxContacts)
        {
            errors.Add(UserError.For(ErrorCodes.TooMany, $"At most {Contact.MaxContacts} contacts.", "input", "contacts"));
        }
        for (var i = 0; i < Math.Min(change.Contacts.Count, Contact.MaxContacts); i++)
        {
            errors.AddRange(ContactErrors(change.Contacts[i], i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return errors;
    }

    private static IEnumerable<UserError> ContactErrors(Contact contact, string index)
    {
        if (string.IsNullOrWhiteSpace(contact.Name))
        {
            yield return UserError.For(ErrorCodes.Required, "A contact has a name.", "input", "contacts", index, "name");
        }
        if (contact.Name.Length > Contact.MaxNameLength)
        {
            yield return UserError.For(ErrorCodes.TooLong, $"At most {Contact.MaxNameLength} characters.", "input", "contacts", index, "name");
        }
        if (contact.Phone is { } phone && PhoneNumbers.ToE164(phone) is null)
        {
            yield return UserError.For(AbsenceErrorCodes.InvalidPhoneNumber, "Not a phone number.", "input", "contacts", index, "phone");
        }
        if (contact.Email is { } email && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out _)))
        {
            yield return UserError.For(ErrorCodes.InvalidValue, "Not an e-mail address.", "input", "contacts", index, "email");
        }
    }
}
