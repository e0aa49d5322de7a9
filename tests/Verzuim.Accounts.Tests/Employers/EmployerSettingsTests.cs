namespace Verzuim.Accounts.Tests.Employers;

[Collection(AccountsApiCollection.Name)]
public sealed class EmployerSettingsTests(VerzuimApiFactory api)
{
    private const string Update = """
        mutation($input: UpdateEmployerSettingsInput!) {
          updateEmployerSettings(input: $input) { employer { settings { invitationExpiryDays reminderDays lockout { freeAttempts baseDelaySeconds maxDelaySeconds } } } errors { code field } }
        }
        """;

    [Fact]
    public async Task HR_changes_the_invitation_term_reminders_and_lockout()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var updated = await employer.AsHr(Update, new { input = new { invitationExpiryDays = 21, reminderDays = new[] { 2, 5, 10 }, lockout = new { freeAttempts = 5, baseDelaySeconds = 30, maxDelaySeconds = 600 } } });

        var settings = updated.Payload("updateEmployerSettings").GetProperty("employer").GetProperty("settings");
        settings.GetProperty("invitationExpiryDays").GetInt32().ShouldBe(21);
        settings.GetProperty("reminderDays").EnumerateArray().Select(day => day.GetInt32()).ShouldBe([2, 5, 10]);
        settings.GetProperty("lockout").GetProperty("freeAttempts").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Settings_that_contradict_each_other_are_refused_with_the_field_named()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var refused = await employer.AsHr(Update, new { input = new { invitationExpiryDays = 5, reminderDays = new[] { 7, 3 }, lockout = new { freeAttempts = 0, baseDelaySeconds = 60, maxDelaySeconds = 30 } } });

        refused.UserErrors("updateEmployerSettings").ShouldBe(
        [
            "INVALID_VALUE@input.reminderDays",
            "INVALID_VALUE@input.reminderDays",
            "INVALID_VALUE@input.lockout.freeAttempts",
            "INVALID_VALUE@input.lockout.maxDelaySeconds",
        ]);
    }

    [Fact]
    public async Task New_invitations_follow_the_employers_term()
    {
        var employer = await TestEmployer.CreateAsync(api);
        await employer.AsHr(Update, new { input = new { invitationExpiryDays = 3, reminderDays = new[] { 1 } } });
        var employee = await employer.AddEmployeeAsync();

        var invited = await employer.AsHr(Gql.InviteEmployee, new { input = new { employeeId = employee.Id } });

        var expiresAt = invited.Payload("inviteEmployee").GetProperty("invitations")[0].GetProperty("expiresAt").GetDateTimeOffset();
        (expiresAt - DateTimeOffset.UtcNow).TotalDays.ShouldBeInRange(2.9, 3.1);
    }
}
