namespace Verzuim.Testing;

/// <summary>The operations the tests send most, written once.</summary>
public static class Gql
{
    public const string Login = """
        mutation($input: LoginInput!) { login(input: $input) { session { token state expiresAt } retryAfterSeconds errors { code message field } } }
        """;

    public const string Logout = "mutation { logout { success errors { code } } }";

    public const string Me = "{ me { __typename ... on Employee { id displayName firstName email } ... on EmployerUser { id name role } ... on ApiClient { id name } } }";

    public const string UpsertEmployees = """
        mutation($input: UpsertEmployeesInput!) { upsertEmployees(input: $input) { created updated employees { id externalKey email displayName } errors { code message field } } }
        """;

    public const string InviteEmployee = """
        mutation($input: InviteEmployeeInput!) { inviteEmployee(input: $input) { invitations { id status expiresAt } errors { code message field } } }
        """;

    public const string InviteEmployees = """
        mutation($input: InviteEmployeesInput!) { inviteEmployees(input: $input) { invitations { id status employee { id } } errors { code message field } } }
        """;

    public const string ResendInvitation = """
        mutation($input: InvitationIdInput!) { resendInvitation(input: $input) { invitation { id status } errors { code message field } } }
        """;

    public const string RevokeInvitation = """
        mutation($input: InvitationIdInput!) { revokeInvitation(input: $input) { invitation { id status } errors { code message field } } }
        """;

    public const string ValidateInvitation = """
        mutation($input: ValidateInvitationInput!) { validateInvitation(input: $input) { registrationTicket firstName errors { code message field } } }
        """;

    public const string CompleteRegistration = """
        mutation($input: CompleteRegistrationInput!) { completeRegistration(input: $input) { loginEmail errors { code message field } } }
        """;

    public const string RequestPasswordReset = """
        mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted errors { code message field } } }
        """;

    public const string ResetPassword = """
        mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { success errors { code message field } } }
        """;

    public const string ChangePassword = """
        mutation($input: ChangePasswordInput!) { changePassword(input: $input) { session { token } errors { code message field } } }
        """;

    public const string Invitations = """
        query($status: InvitationStatus) { invitations(first: 100, status: $status) { edges { node { id status remindersSent failedAttempts employee { id } } } } }
        """;
}
