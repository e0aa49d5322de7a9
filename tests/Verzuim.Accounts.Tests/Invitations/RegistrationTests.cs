namespace Verzuim.Accounts.Tests.Invitations;

[Collection(AccountsApiCollection.Name)]
public sealed class RegistrationTests(VerzuimApiFactory api)
{
    private static object Validation(string token, string email, string dateOfBirth) =>
        new { input = new { token, email, dateOfBirth } };

    [Fact]
    public async Task An_invited_employee_validates_chooses_a_password_and_logs_in()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync(firstName: "Fatima");
        var token = await employer.InviteAsync(employee);

        var validated = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-14"));
        validated.UserErrors("validateInvitation").ShouldBeEmpty();
        validated.Payload("validateInvitation").GetProperty("firstName").GetString().ShouldBe("Fatima");
        var ticket = validated.Payload("validateInvitation").GetProperty("registrationTicket").GetString();

        var completed = await api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = TestEmployer.Password } });
        completed.UserErrors("completeRegistration").ShouldBeEmpty();
        completed.Payload("completeRegistration").GetProperty("loginEmail").GetString().ShouldBe(employee.Email);

        var session = await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, TestEmployer.Password);
        var me = await api.GraphQL().SendAsync(Gql.Me, token: session);
        me.Data.GetProperty("me").GetProperty("displayName").GetString().ShouldBe("Fatima de Vries");
    }

    [Theory]
    [InlineData("SANNE.{0}@MEDEWERKER.TEST")]
    [InlineData("  sanne.{0}@medewerker.test  ")]
    [InlineData("Sanne.{0}@Medewerker.Test")]
    public async Task Validation_compares_email_addresses_without_regard_to_capitals_or_spaces(string typed)
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);

        var validated = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, string.Format(typed, employee.ExternalKey), "1990-03-14"));

        validated.UserErrors("validateInvitation").ShouldBeEmpty();
    }

    [Fact]
    public async Task Validation_accepts_a_unicode_address_in_either_spelling_of_its_domain()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var key = Guid.NewGuid().ToString("N")[..6];
        var employee = await employer.AddEmployeeAsync(email: $"Zoë.{key}@Bäckerei.test");
        var token = await employer.InviteAsync(employee);

        var validated = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, $"zoë.{key}@xn--bckerei-5wa.test", "1990-03-14"));

        validated.UserErrors("validateInvitation").ShouldBeEmpty();
    }

    [Fact]
    public async Task Validation_with_wrong_birth_date_gives_the_generic_error()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);

        var wrongDate = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-15"));
        var wrongEmail = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, "iemand.anders@medewerker.test", "1990-03-14"));
        var unknownToken = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation("vzi_" + new string('A', 43), employee.Email, "1990-03-14"));

        var messages = new[] { wrongDate, wrongEmail, unknownToken }
            .Select(response => response.Payload("validateInvitation").GetProperty("errors")[0].ToString()).Distinct().ToList();
        messages.Count.ShouldBe(1);
        wrongDate.UserErrors("validateInvitation").ShouldBe(["INVITATION_INVALID"]);
    }

    [Fact]
    public async Task Five_failed_validations_block_the_invitation_even_for_the_right_details()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);

        var answers = new List<IReadOnlyList<string>>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            answers.Add((await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "2001-01-01"))).UserErrorCodes("validateInvitation"));
        }
        var afterwards = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-14"));

        answers.Take(4).ShouldAllBe(codes => codes.SequenceEqual(new[] { "INVITATION_INVALID" }));
        answers[4].ShouldBe(["INVITATION_BLOCKED"]);
        afterwards.UserErrorCodes("validateInvitation").ShouldBe(["INVITATION_BLOCKED"]);
        var statuses = await employer.AsHr(Gql.Invitations, new { status = "BLOCKED" });
        statuses.Data.GetProperty("invitations").GetProperty("edges").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_used_invitation_link_no_longer_validates_and_says_the_account_exists_only_to_whom_knows_the_details()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);
        var ticket = (await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-14")))
            .Payload("validateInvitation").GetProperty("registrationTicket").GetString();
        await api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = TestEmployer.Password } });

        var again = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-14"));
        var wrongBirthDate = await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-15"));
        var ticketAgain = await api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = "Een ander lang wachtwoord 99" } });

        again.UserErrorCodes("validateInvitation").ShouldBe(["ALREADY_REGISTERED"]);
        again.Payload("validateInvitation").GetProperty("registrationTicket").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        wrongBirthDate.UserErrorCodes("validateInvitation").ShouldBe(["INVITATION_INVALID"]);
        ticketAgain.UserErrorCodes("completeRegistration").ShouldBe(["INVITATION_INVALID"]);
    }

    [Fact]
    public async Task Of_two_concurrent_registrations_with_one_invitation_exactly_one_wins()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var token = await employer.InviteAsync(employee);
        var ticket = (await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-14")))
            .Payload("validateInvitation").GetProperty("registrationTicket").GetString();

        var attempts = await Task.WhenAll(
            api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = "Eerste lange wachtzin 2026" } }),
            api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password = "Tweede lange wachtzin 2026" } }));

        attempts.Count(attempt => attempt.UserErrors("completeRegistration").Count == 0).ShouldBe(1);
        attempts.Count(attempt => attempt.UserErrorCodes("completeRegistration").SequenceEqual(new[] { "INVITATION_INVALID" })).ShouldBe(1);
        var winner = attempts[0].UserErrors("completeRegistration").Count == 0 ? "Eerste lange wachtzin 2026" : "Tweede lange wachtzin 2026";
        (await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, winner)).ShouldStartWith("vzs_");
    }

    [Fact]
    public async Task Each_unmet_password_rule_is_named()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync(firstName: "Joost");
        var token = await employer.InviteAsync(employee);
        var ticket = (await api.GraphQL().SendAsync(Gql.ValidateInvitation, Validation(token, employee.Email, "1990-03-14")))
            .Payload("validateInvitation").GetProperty("registrationTicket").GetString();

        async Task<IReadOnlyList<string>> Try(string password) =>
            (await api.GraphQL().SendAsync(Gql.CompleteRegistration, new { input = new { registrationTicket = ticket, password } })).UserErrors("completeRegistration");

        (await Try("kort")).ShouldContain("PASSWORD_TOO_SHORT@input.password");
        (await Try(new string('x', 129))).ShouldBe(["PASSWORD_TOO_LONG@input.password"]);
        (await Try("wachtwoord1234")).ShouldBe(["PASSWORD_TOO_COMMON@input.password"]);
        (await Try("joost-14031990-zomer")).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA@input.password"]);
        (await Try("Joost houdt van lange wandelingen")).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA@input.password"]);
        (await Try($"{employer.Name} 2025!")).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA@input.password"]);
        (await Try($"Lente {employer.Name.Split(' ')[1]} 2025!")).ShouldBe(["PASSWORD_CONTAINS_PERSONAL_DATA@input.password"]);
        (await Try("            ")).ShouldContain("PASSWORD_TOO_COMMON@input.password");
    }

    [Fact]
    public async Task Any_unicode_password_of_twelve_characters_is_accepted_and_works_in_either_normal_form()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var employee = await employer.AddEmployeeAsync();
        var composed = "Crème brûlée façade ŵ 🚲";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);

        await employer.RegisterAsync(employee, composed);

        (await TestEmployer.LogInAsync(api.GraphQL(), employee.Email, decomposed)).ShouldStartWith("vzs_");
    }
}
