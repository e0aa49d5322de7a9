namespace Verzuim.Accounts.Tests.Invitations.Reminders;

/// <summary>DOMAIN §1: reminders after 3 and 7 days, never after registration, expiry or revocation, never twice a slot.</summary>
public sealed class InvitationReminderTests : IAsyncLifetime
{
    private readonly ReminderHost first = new();
    private SecondReminderHost second = default!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)first).InitializeAsync();
        second = new SecondReminderHost(first);
        await ((IAsyncLifetime)second).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)second).DisposeAsync();
        await ((IAsyncLifetime)first).DisposeAsync();
    }

    private void Advance(TimeSpan time)
    {
        first.Clock.Advance(time);
        second.Clock.Advance(time);
    }

    private int RemindersTo(TestEmployee employee) =>
        first.Smtp.MailsTo(employee.Email).Count(mail => (mail.Subject ?? "").StartsWith("Herinnering"));

    private Task SettleAsync() => Database.WaitForOutboxAsync(first.ConnectionString);

    [Fact]
    public async Task Two_hosts_running_the_job_at_once_send_each_reminder_once()
    {
        var employer = await TestEmployer.CreateAsync(first);
        var employees = new List<TestEmployee>();
        for (var i = 0; i < 6; i++)
        {
            employees.Add(await employer.AddEmployeeAsync());
            await employer.InviteAsync(employees[^1]);
        }

        Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        var sent = await Task.WhenAll(first.SendRemindersAsync(), second.SendRemindersAsync(), first.SendRemindersAsync(), second.SendRemindersAsync());
        await SettleAsync();

        sent.Sum().ShouldBe(6);
        employees.ShouldAllBe(employee => RemindersTo(employee) == 1);
        (await first.SendRemindersAsync()).ShouldBe(0);

        Advance(TimeSpan.FromDays(4));
        (await Task.WhenAll(second.SendRemindersAsync(), first.SendRemindersAsync())).Sum().ShouldBe(6);
        await SettleAsync();
        employees.ShouldAllBe(employee => RemindersTo(employee) == 2);
        var hr = await TestEmployer.LogInAsync(first.GraphQL(), employer.HrEmail, TestEmployer.Password);
        var reminded = await first.GraphQL().SendAsync(Gql.Invitations, new { status = "REMINDED" }, hr);
        reminded.Data.GetProperty("invitations").GetProperty("edges").EnumerateArray()
            .ShouldAllBe(edge => edge.GetProperty("node").GetProperty("remindersSent").GetInt32() == 2);
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_run_leaves_nothing_behind_and_the_next_run_sends_each_reminder_once()
    {
        var employer = await TestEmployer.CreateAsync(first);
        var employees = new List<TestEmployee>();
        for (var i = 0; i < 3; i++)
        {
            employees.Add(await employer.AddEmployeeAsync());
            await employer.InviteAsync(employees[^1]);
        }
        Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));

        first.Crash.Armed = true;
        await Should.ThrowAsync<InvalidOperationException>(first.SendRemindersAsync);
        first.Crash.Armed = false;
        await SettleAsync();
        var recorded = await Database.QueryAsync(first.ConnectionString, "SELECT count(*) FROM accounts.invitation_reminders");
        employees.ShouldAllBe(employee => RemindersTo(employee) == 0);
        ((long)recorded[0][0]!).ShouldBe(0);

        (await first.SendRemindersAsync()).ShouldBe(3);
        (await second.SendRemindersAsync()).ShouldBe(0);
        await SettleAsync();
        employees.ShouldAllBe(employee => RemindersTo(employee) == 1);
    }

    [Fact]
    public async Task No_reminder_follows_registration_revocation_or_expiry()
    {
        var employer = await TestEmployer.CreateAsync(first);
        var registered = await employer.AddEmployeeAsync();
        var revoked = await employer.AddEmployeeAsync();
        var waiting = await employer.AddEmployeeAsync();
        await employer.RegisterAsync(registered);
        await employer.InviteAsync(revoked);
        await employer.InviteAsync(waiting);
        await employer.AsHr(Gql.RevokeInvitation, new { input = new { invitationId = await employer.InvitationIdAsync(revoked) } });

        Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        (await first.SendRemindersAsync()).ShouldBe(1);
        Advance(TimeSpan.FromDays(12));
        (await first.SendRemindersAsync()).ShouldBe(0);
        await SettleAsync();

        RemindersTo(registered).ShouldBe(0);
        RemindersTo(revoked).ShouldBe(0);
        RemindersTo(waiting).ShouldBe(1);
    }

    [Fact]
    public async Task A_reminder_carries_a_working_link_and_the_first_link_keeps_working()
    {
        var employer = await TestEmployer.CreateAsync(first);
        var employee = await employer.AddEmployeeAsync();
        var firstLink = await employer.InviteAsync(employee);

        Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        await first.SendRemindersAsync();
        var reminderLink = MailLinks.Token(await first.Smtp.WaitForMailAsync(employee.Email, "Herinnering"), "uitnodiging");

        reminderLink.ShouldNotBe(firstLink);
        foreach (var token in new[] { firstLink, reminderLink })
        {
            var validated = await first.GraphQL().SendAsync(Gql.ValidateInvitation,
                new { input = new { token, email = employee.Email, dateOfBirth = "1990-03-14" } });
            validated.UserErrors("validateInvitation").ShouldBeEmpty();
        }
    }
}
