namespace Verzuim.SecondFactor.Domain;

/// <summary>The methods, strongest first: the order in which the portal offers them (DOMAIN §3).</summary>
internal enum SecondFactorMethod
{
    SecurityKey,
    AuthenticatorApp,
    Sms,
}
