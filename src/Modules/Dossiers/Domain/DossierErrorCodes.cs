namespace Verzuim.Dossiers.Domain;

/// <summary>The Dossiers module's own error codes, beside the shared ones in <c>ErrorCodes</c>.</summary>
internal static class DossierErrorCodes
{
    public const string UnsupportedFileType = "UNSUPPORTED_FILE_TYPE";
    public const string EmptyFile = "EMPTY_FILE";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string TooManyPendingUploads = "TOO_MANY_PENDING_UPLOADS";
    public const string AlreadyAcknowledged = "ALREADY_ACKNOWLEDGED";
    public const string NoResponseAsked = "NO_RESPONSE_ASKED";
    public const string Retracted = "RETRACTED";
    public const string DossierClosed = "DOSSIER_CLOSED";
    public const string DuplicateName = "DUPLICATE_NAME";
    public const string EmployeesOwn = "EMPLOYEES_OWN_DOCUMENT";
}
