using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Tests.Messages;

[Collection(DossiersApiCollection.Name)]
public sealed class MessageTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task Messages_go_both_ways_with_unread_counts_and_contentless_notices()
    {
        var sick = await SickCase.CreateAsync(api);

        var sent = await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Kan het gesprek een week later?" } });
        sent.UserErrors("sendDossierMessage").ShouldBeEmpty();
        var notice = await api.Smtp.WaitForMailAsync(sick.Employer.HrEmail, DossierNotices.EmployeeMessageSubject);
        notice.TextBody!.ShouldNotContain("gesprek een week later");

        var hrCounts = await sick.AsHr("query($e: ID) { dossiers(employeeId: $e) { edges { node { counts { unreadMessages } } } } }", new { e = sick.Person.Employee.Id });
        hrCounts.Data.GetProperty("dossiers").GetProperty("edges")[0].GetProperty("node").GetProperty("counts").GetProperty("unreadMessages").GetInt32().ShouldBe(1);
        var hrRead = await sick.AsHr(DossierCalls.Messages, new { id = sick.DossierId });
        hrRead.Data.GetProperty("dossier").GetProperty("messages")[0].GetProperty("body").GetString().ShouldBe("Kan het gesprek een week later?");
        hrRead.Data.GetProperty("dossier").GetProperty("counts").GetProperty("unreadMessages").GetInt32().ShouldBe(0);

        (await sick.AsHr(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = "Dat is goed, ik plan het opnieuw." } }))
            .UserErrors("sendDossierMessage").ShouldBeEmpty();
        var mail = await api.Smtp.WaitForMailAsync(sick.Person.Employee.Email, DossierNotices.NewMessageSubject);
        mail.TextBody!.ShouldNotContain("plan het opnieuw");
        (await sick.AsEmployee(DossierCalls.DashboardCounts)).Data.GetProperty("dashboard").GetProperty("dossiers").GetProperty("unreadMessages").GetInt32().ShouldBe(1);

        var employeeRead = await sick.AsEmployee(DossierCalls.Messages, new { id = sick.DossierId });
        var messages = employeeRead.Data.GetProperty("dossier").GetProperty("messages");
        messages.EnumerateArray().Select(m => m.GetProperty("from").GetString()).ShouldBe(["EMPLOYEE", "EMPLOYER"]);
        messages[0].GetProperty("readAt").GetString().ShouldNotBeNull();
        (await sick.AsEmployee(DossierCalls.DashboardCounts)).Data.GetProperty("dashboard").GetProperty("dossiers").GetProperty("unreadMessages").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("", "REQUIRED@input.body")]
    [InlineData("   ", "REQUIRED@input.body")]
    public async Task An_empty_message_is_refused(string body, string error)
    {
        var sick = await SickCase.CreateAsync(api);
        (await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body } })).UserErrors("sendDossierMessage").ShouldBe([error]);
    }

    [Fact]
    public async Task A_message_too_long_or_to_a_malformed_dossier_is_refused_and_nothing_is_written()
    {
        var sick = await SickCase.CreateAsync(api);
        (await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.DossierId, body = new string('x', 4_001) } }))
            .UserErrors("sendDossierMessage").ShouldBe(["TOO_LONG@input.body"]);
        (await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = "bm9wZQ", body = "Hallo" } }))
            .UserErrors("sendDossierMessage").ShouldBe(["NOT_FOUND@input.dossierId"]);
        (await sick.AsEmployee(DossierCalls.SendMessage, new { input = new { dossierId = sick.AbsenceId, body = "Hallo" } }))
            .UserErrors("sendDossierMessage").ShouldBe(["NOT_FOUND@input.dossierId"]);
        (await sick.AsEmployee(DossierCalls.Messages, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("messages").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_same_message_sent_twice_at_once_or_in_a_row_is_one_message()
    {
        var sick = await SickCase.CreateAsync(api);
        var input = new { input = new { dossierId = sick.DossierId, body = "Ik ben morgen telefonisch bereikbaar." } };

        var answers = await Task.WhenAll(sick.AsEmployee(DossierCalls.SendMessage, input), sick.AsEmployee(DossierCalls.SendMessage, input));
        var again = await sick.AsEmployee(DossierCalls.SendMessage, input);

        var ids = answers.Append(again).Select(a => a.Payload("sendDossierMessage").GetProperty("message").GetProperty("id").GetString()).Distinct();
        ids.Count().ShouldBe(1);
        (await sick.AsEmployee(DossierCalls.Messages, new { id = sick.DossierId })).Data.GetProperty("dossier").GetProperty("messages").GetArrayLength().ShouldBe(1);
        await api.Smtp.WaitForMailAsync(sick.Employer.HrEmail, DossierNotices.EmployeeMessageSubject);
        api.Smtp.MailsTo(sick.Employer.HrEmail, DossierNotices.EmployeeMessageSubject).Count.ShouldBe(1);
    }
}
