namespace Verzuim.SecondFactor.Domain;

/// <summary>The codes the SecondFactor module returns in `errors`. They are part of the API contract.</summary>
internal static class SecondFactorErrorCodes
{
    public const string InvalidCode = "INVALID_CODE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string LoginCheckRequired = "LOGIN_CHECK_REQUIRED";
    public const string NotPending = "SECOND_FACTOR_NOT_PENDING";
    public const string SessionEnded = "SESSION_ENDED";
    public const string SmsUnavailable = "SMS_UNAVAILABLE";
    public const string KeyNotAccepted = "KEY_NOT_ACCEPTED";
    public const string AlreadyConfirmed = "ALREADY_CONFIRMED";
    public const string LastFactor = "LAST_FACTOR";
    public const string SecondStepLocked = "SECOND_STEP_LOCKED";
    public const string CountryNotAllowed = "COUNTRY_NOT_ALLOWED";
}
