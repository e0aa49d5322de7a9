namespace Verzuim.Web.Api;

public sealed record Session(string Token, string State, DateTimeOffset ExpiresAt);

public sealed record LoginResult(Session? Session, int? RetryAfterSeconds, List<UserError> Errors);

public sealed record ValidateInvitationResult(string? RegistrationTicket, string? FirstName, List<UserError> Errors);

public sealed record CompleteRegistrationResult(string? LoginEmail, List<UserError> Errors);

public sealed record RequestPasswordResetResult(bool Accepted, List<UserError> Errors);

public sealed record ResetPasswordResult(bool Success, List<UserError> Errors);

public sealed record ChangePasswordResult(Session? Session, List<UserError> Errors);

public sealed record PasswordPolicy(int MinLength, int MaxLength);

/// <summary>Who is logged in, as the layout and the home page show them.</summary>
public sealed record Viewer(string Kind, string Name, string? FirstName, string EmployerName)
{
    public bool IsEmployee => Kind == "Employee";
}

internal sealed record LoginData(LoginResult Login);
internal sealed record LogoutData(object Logout);
internal sealed record ValidateInvitationData(ValidateInvitationResult ValidateInvitation);
internal sealed record CompleteRegistrationData(CompleteRegistrationResult CompleteRegistration);
internal sealed record RequestPasswordResetData(RequestPasswordResetResult RequestPasswordReset);
internal sealed record ResetPasswordData(ResetPasswordResult ResetPassword);
internal sealed record ChangePasswordData(ChangePasswordResult ChangePassword);
internal sealed record PasswordPolicyData(PasswordPolicy PasswordPolicy);

internal sealed record MeData(MeNode? Me, EmployerNode? Employer)
{
    public Viewer? ToViewer() => Me is null || Employer is null
        ? null
        : new Viewer(Me.Typename, Me.DisplayName ?? Me.Name ?? "", Me.FirstName, Employer.Name);
}

internal sealed record MeNode(
    [property: System.Text.Json.Serialization.JsonPropertyName("__typename")] string Typename,
    string? DisplayName, string? FirstName, string? Name);

internal sealed record EmployerNode(string Name);
