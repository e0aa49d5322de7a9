namespace Verzuim.Accounts.Shared;

/// <summary>The codes the Accounts module returns in `errors`. They are part of the API contract: never rename one.</summary>
internal static class AccountsErrorCodes
{
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidPhoneNumber = "INVALID_PHONE_NUMBER";
    public const string InvalidDateRange = "INVALID_DATE_RANGE";
    public const string Duplicate = "DUPLICATE";
    public const string EmailInUse = "EMAIL_IN_USE";
    public const string EmailAlreadyRegistered = "EMAIL_ALREADY_REGISTERED";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string InvitationInvalid = "INVITATION_INVALID";
    public const string InvitationBlocked = "INVITATION_BLOCKED";
    public const string InvitationClosed = "INVITATION_CLOSED";
    public const string AlreadyInvited = "ALREADY_INVITED";
    public const string AlreadyRegistered = "ALREADY_REGISTERED";
    public const string EmploymentEnded = "EMPLOYMENT_ENDED";
    public const string ResetLinkInvalid = "RESET_LINK_INVALID";
    public const string WrongPassword = "WRONG_PASSWORD";
    public const string PasswordTooShort = "PASSWORD_TOO_SHORT";
    public const string PasswordTooLong = "PASSWORD_TOO_LONG";
    public const string PasswordTooCommon = "PASSWORD_TOO_COMMON";
    public const string PasswordContainsPersonalData = "PASSWORD_CONTAINS_PERSONAL_DATA";
    public const string PasswordUnchanged = "PASSWORD_UNCHANGED";
    public const string Busy = "BUSY";
    public const string Conflict = "CONFLICT";
    public const string CannotDeactivateSelf = "CANNOT_DEACTIVATE_SELF";
}
