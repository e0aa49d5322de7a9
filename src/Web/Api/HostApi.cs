namespace Verzuim.Web.Api;

/// <summary>The portal's typed view of the Host's GraphQL API: one method per operation in Operations/.</summary>
internal sealed class HostApi(GraphQLClient graphql)
{
    public async Task<Viewer?> MeAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<MeData>("Me", null, cancellationToken)).ToViewer();

    public async Task<PasswordPolicy> PasswordPolicyAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<PasswordPolicyData>("PasswordPolicy", null, cancellationToken)).PasswordPolicy;

    public async Task<LoginResult> LoginAsync(string email, string password, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<LoginData>("Login", new { input = new { email, password } }, cancellationToken)).Login;

    public async Task LogoutAsync(CancellationToken cancellationToken) =>
        await graphql.SendAsync<LogoutData>("Logout", null, cancellationToken);

    public async Task<ValidateInvitationResult> ValidateInvitationAsync(string token, string email, DateOnly dateOfBirth, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ValidateInvitationData>("ValidateInvitation",
            new { input = new { token, email, dateOfBirth = dateOfBirth.ToString("yyyy-MM-dd") } }, cancellationToken)).ValidateInvitation;

    public async Task<CompleteRegistrationResult> CompleteRegistrationAsync(string registrationTicket, string password, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<CompleteRegistrationData>("CompleteRegistration",
            new { input = new { registrationTicket, password } }, cancellationToken)).CompleteRegistration;

    public async Task<RequestPasswordResetResult> RequestPasswordResetAsync(string email, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<RequestPasswordResetData>("RequestPasswordReset", new { input = new { email } }, cancellationToken)).RequestPasswordReset;

    public async Task<ResetPasswordResult> ResetPasswordAsync(string token, string newPassword, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ResetPasswordData>("ResetPassword", new { input = new { token, newPassword } }, cancellationToken)).ResetPassword;

    public async Task<ChangePasswordResult> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ChangePasswordData>("ChangePassword", new { input = new { currentPassword, newPassword } }, cancellationToken)).ChangePassword;
}
