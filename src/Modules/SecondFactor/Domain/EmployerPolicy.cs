namespace Verzuim.SecondFactor.Domain;

/// <summary>
/// Which second factors an employer allows, and to which countries' mobile numbers codes go. Without a stored choice,
/// all three methods are allowed and codes go to the Netherlands and the rest of the EU.
/// </summary>
internal sealed class EmployerPolicy
{
    private EmployerPolicy() { }

    public Guid EmployerId { get; private set; }
    public bool AllowsSecurityKey { get; private set; }
    public bool AllowsAuthenticatorApp { get; private set; }
    public bool AllowsSms { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>ISO country codes; null means <see cref="SmsCountries.Default"/>.</summary>
    private string[]? SmsCountryCodes { get; set; }

    public IReadOnlyList<string> AllowedSmsCountries => SmsCountryCodes ?? SmsCountries.Default;

    public bool AllowsSmsTo(string e164) => SmsCountries.Of(e164) is { } country && AllowedSmsCountries.Contains(country);

    public static EmployerPolicy Default(Guid employerId) =>
        new() { EmployerId = employerId, AllowsSecurityKey = true, AllowsAuthenticatorApp = true, AllowsSms = true };

    public IReadOnlyList<SecondFactorMethod> AllowedMethods =>
    [
        .. AllowsSecurityKey ? [SecondFactorMethod.SecurityKey] : Array.Empty<SecondFactorMethod>(),
        .. AllowsAuthenticatorApp ? [SecondFactorMethod.AuthenticatorApp] : Array.Empty<SecondFactorMethod>(),
        .. AllowsSms ? [SecondFactorMethod.Sms] : Array.Empty<SecondFactorMethod>(),
    ];

    public bool Allows(SecondFactorMethod method) => AllowedMethods.Contains(method);

    public void Allow(IReadOnlyCollection<SecondFactorMethod> methods, DateTimeOffset now)
    {
        AllowsSecurityKey = methods.Contains(SecondFactorMethod.SecurityKey);
        AllowsAuthenticatorApp = methods.Contains(SecondFactorMethod.AuthenticatorApp);
        AllowsSms = methods.Contains(SecondFactorMethod.Sms);
        UpdatedAt = now;
    }

    public void AllowSmsTo(IReadOnlyCollection<string> countries, DateTimeOffset now)
    {
        SmsCountryCodes = [.. countries.Order()];
        UpdatedAt = now;
    }
}
