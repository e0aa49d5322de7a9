namespace Verzuim.Web.Account;

/// <summary>The second-factor methods this portal can set up and check, and where.</summary>
internal static class SecondFactorMethods
{
    public const string SecurityKey = "SECURITY_KEY";
    public const string AuthenticatorApp = "AUTHENTICATOR_APP";
    public const string Sms = "SMS";

    /// <summary>The page that sets each method up; methods the portal cannot offer yet are absent.</summary>
    public static readonly IReadOnlyDictionary<string, string> SetUpPages = new Dictionary<string, string>
    {
        [SecurityKey] = "tweestapsverificatie/sleutel",
        [AuthenticatorApp] = "tweestapsverificatie/app",
        [Sms] = "tweestapsverificatie/sms",
    };

    /// <summary>How a method is named in the second step's address (?methode=…).</summary>
    public static readonly IReadOnlyDictionary<string, string> Slugs = new Dictionary<string, string>
    {
        [SecurityKey] = "sleutel",
        [AuthenticatorApp] = "app",
        [Sms] = "sms",
    };
}
