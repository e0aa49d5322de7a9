using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Tests.Invitations;

public sealed class InvitationRulesTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Birth = new(1990, 3, 14);

    private static Invitation NewInvitation(AccountSettings? settings = null)
    {
        var employee = Employee.Create(Guid.NewGuid(), new EmployeeDetails("1", "Sanne", "de", "Vries", "Sanne@Example.nl", Birth, null, new DateOnly(2020, 1, 1), null), Sent);
        return Invitation.Send(employee, settings ?? AccountSettings.Default, Sent);
    }

    [Fact]
    public void The_right_address_in_any_capitals_and_the_right_birth_date_are_accepted()
    {
        NewInvitation().Validate(" SANNE@example.NL ", Birth, Birth, Sent.AddHours(1)).ShouldBe(InvitationCheck.Accepted);
    }

    [Fact]
    public void The_fifth_miss_blocks_the_invitation_and_a_block_holds_for_the_right_details()
    {
        var invitation = NewInvitation();

        var checks = Enumerable.Range(0, 5).Select(_ => invitation.Validate("sanne@example.nl", Birth.AddDays(1), Birth, Sent.AddHours(1))).ToList();

        checks.ShouldBe([InvitationCheck.Rejected, InvitationCheck.Rejected, InvitationCheck.Rejected, InvitationCheck.Rejected, InvitationCheck.Blocked]);
        invitation.Validate("sanne@example.nl", Birth, Birth, Sent.AddHours(1)).ShouldBe(InvitationCheck.Blocked);
        invitation.StatusAt(Sent.AddHours(1)).ShouldBe(InvitationStatus.Blocked);
    }

    [Fact]
    public void An_expired_invitation_rejects_even_the_right_details()
    {
        var invitation = NewInvitation();

        invitation.Validate("sanne@example.nl", Birth, Birth, Sent.AddDays(14)).ShouldBe(InvitationCheck.Rejected);
        invitation.StatusAt(Sent.AddDays(14)).ShouldBe(InvitationStatus.Expired);
    }

    [Fact]
    public void Reminder_slots_come_due_in_order_and_a_late_run_sends_only_the_latest()
    {
        var invitation = NewInvitation();
        int[] days = [3, 7];

        invitation.DueReminderSlot(days, Sent.AddDays(2)).ShouldBeNull();
        invitation.DueReminderSlot(days, Sent.AddDays(3)).ShouldBe(0);
        invitation.DueReminderSlot(days, Sent.AddDays(8)).ShouldBe(1);
        invitation.RecordReminder(1);
        invitation.DueReminderSlot(days, Sent.AddDays(9)).ShouldBeNull();
        invitation.RemindersSent.ShouldBe(1);
        invitation.StatusAt(Sent.AddDays(9)).ShouldBe(InvitationStatus.Reminded);
    }

    [Fact]
    public void A_resend_opens_a_blocked_invitation_with_a_new_generation_and_term()
    {
        var invitation = NewInvitation();
        for (var i = 0; i < 5; i++)
        {
            invitation.Validate("x@example.nl", Birth, Birth, Sent.AddHours(1));
        }

        invitation.Resend(AccountSettings.Default, Sent.AddDays(10));

        invitation.Generation.ShouldBe(2);
        invitation.StatusAt(Sent.AddDays(10)).ShouldBe(InvitationStatus.Pending);
        invitation.ExpiresAt.ShouldBe(Sent.AddDays(24));
        invitation.Validate("sanne@example.nl", Birth, Birth, Sent.AddDays(10)).ShouldBe(InvitationCheck.Accepted);
    }
}
