namespace Verzuim.SecondFactor.Policies;

/// <summary>Which second factors an employer allows. Without a stored choice, all three are allowed.</summary>
internal sealed class EmployerPolicy
{
    private EmployerPolicy() { }

    public Guid EmployerId { get; private set; }
    public bool AllowsSecurityKey { get; private set; }
    public bool AllowsAuthenticatorApp { get; private set; }
    public bool AllowsSms { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

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
}
