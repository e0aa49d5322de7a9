namespace Verzuim.BuildingBlocks.Errors;

/// <summary>Error codes shared by every module. Modules add their own, specific codes.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string TooMany = "TOO_MANY";
    public const string InvalidValue = "INVALID_VALUE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string TooManyAttempts = "TOO_MANY_ATTEMPTS";
}
