namespace Verzuim.Accounts.Tests.Employees;

[Collection(AccountsApiCollection.Name)]
public sealed class UpsertEmployeesTests(VerzuimApiFactory api)
{
    private static Dictionary<string, object?> Employee(string key, string? email = null) => new()
    {
        ["externalKey"] = key,
        ["firstName"] = "Lotte",
        ["lastNamePrefix"] = "van der",
        ["lastName"] = "Berg",
        ["email"] = email ?? $"lotte.{key}@medewerker.test",
        ["dateOfBirth"] = "1988-06-30",
        ["mobilePhone"] = "06-12 34 56 78",
        ["employmentStart"] = "2015-04-01",
    };

    private static async Task<GraphQLTestResponse> Upsert(TestEmployer employer, params Dictionary<string, object?>[] employees) =>
        await employer.AsHr(Gql.UpsertEmployees, new { input = new { employees } });

    [Fact]
    public async Task A_batch_creates_new_employees_and_updates_known_ones_by_external_key()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var key = Guid.NewGuid().ToString("N")[..8];
        await Upsert(employer, Employee(key));
        var changed = Employee(key);
        changed["lastName"] = "Berg-Jansen";

        var second = await Upsert(employer, changed, Employee(key + "b"));

        second.UserErrors("upsertEmployees").ShouldBeEmpty();
        second.Payload("upsertEmployees").GetProperty("created").GetInt32().ShouldBe(1);
        second.Payload("upsertEmployees").GetProperty("updated").GetInt32().ShouldBe(1);
        second.Payload("upsertEmployees").GetProperty("employees")[0].GetProperty("displayName").GetString().ShouldBe("Lotte van der Berg-Jansen");
    }

    [Fact]
    public async Task HR_reads_back_every_field_as_payroll_sent_it()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var key = Guid.NewGuid().ToString("N")[..8];
        var leaver = Employee(key);
        leaver["employmentEnd"] = "2026-12-31";
        await Upsert(employer, leaver);

        var found = await employer.AsHr("""
            query($s: String) { employees(first: 5, search: $s) { edges { cursor node { id externalKey firstName lastNamePrefix lastName displayName email
              dateOfBirth mobilePhone employmentStart employmentEnd employer { id name } } } } }
            """, new { s = key });

        var edge = found.Data.GetProperty("employees").GetProperty("edges").EnumerateArray().Single();
        edge.GetProperty("cursor").GetString().ShouldNotBeNullOrEmpty();
        var node = edge.GetProperty("node");
        node.GetProperty("externalKey").GetString().ShouldBe(key);
        node.GetProperty("firstName").GetString().ShouldBe("Lotte");
        node.GetProperty("lastNamePrefix").GetString().ShouldBe("van der");
        node.GetProperty("lastName").GetString().ShouldBe("Berg");
        node.GetProperty("displayName").GetString().ShouldBe("Lotte van der Berg");
        node.GetProperty("email").GetString().ShouldBe($"lotte.{key}@medewerker.test");
        node.GetProperty("dateOfBirth").GetString().ShouldBe("1988-06-30");
        node.GetProperty("mobilePhone").GetString().ShouldBe("+31612345678");
        node.GetProperty("employmentStart").GetString().ShouldBe("2015-04-01");
        node.GetProperty("employmentEnd").GetString().ShouldBe("2026-12-31");
        node.GetProperty("employer").GetProperty("name").GetString().ShouldBe(employer.Name);
        node.GetProperty("employer").GetProperty("id").GetString()
            .ShouldBe((await employer.AsHr("{ employer { id } }")).Data.GetProperty("employer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Phone_numbers_are_stored_in_international_form()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var key = Guid.NewGuid().ToString("N")[..8];

        await Upsert(employer, Employee(key));
        var found = await employer.AsHr("query($k: String!) { employeeByExternalKey(externalKey: $k) { mobilePhone } }", new { k = key });

        found.Data.GetProperty("employeeByExternalKey").GetProperty("mobilePhone").GetString().ShouldBe("+31612345678");
    }

    [Fact]
    public async Task One_invalid_employee_stops_the_whole_batch_and_each_problem_is_named()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var good = Employee("good-" + Guid.NewGuid().ToString("N")[..6]);
        var bad = Employee("bad");
        bad["email"] = "geen-email";
        bad["mobilePhone"] = "12";
        bad["employmentEnd"] = "2010-01-01";
        var duplicate = Employee((string)good["externalKey"]!);

        var response = await Upsert(employer, good, bad, duplicate);
        var stored = await employer.AsHr("query($k: String!) { employeeByExternalKey(externalKey: $k) { id } }", new { k = good["externalKey"] });

        response.UserErrors("upsertEmployees").ShouldBe(
        [
            "INVALID_EMAIL@input.employees.1.email",
            "INVALID_DATE_RANGE@input.employees.1.employmentEnd",
            "INVALID_PHONE_NUMBER@input.employees.1.mobilePhone",
            "DUPLICATE@input.employees.2.externalKey",
            "DUPLICATE@input.employees.2.email",
        ]);
        stored.Data.GetProperty("employeeByExternalKey").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_address_of_another_employee_of_the_same_employer_is_refused_case_insensitively()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var first = Employee("a-" + Guid.NewGuid().ToString("N")[..6]);
        await Upsert(employer, first);

        var second = await Upsert(employer, Employee("b-" + Guid.NewGuid().ToString("N")[..6], ((string)first["email"]!).ToUpperInvariant()));

        second.UserErrors("upsertEmployees").ShouldBe(["EMAIL_IN_USE@input.employees.0.email"]);
    }

    [Fact]
    public async Task The_same_new_employee_sent_twice_at_once_is_stored_once()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var key = Guid.NewGuid().ToString("N")[..8];

        var both = await Task.WhenAll(Upsert(employer, Employee(key)), Upsert(employer, Employee(key)));
        var list = await employer.AsHr("query($s: String) { employees(first: 100, search: $s) { edges { node { id } } } }", new { s = key });

        both.ShouldAllBe(response => response.UserErrors("upsertEmployees").Count == 0);
        list.Data.GetProperty("employees").GetProperty("edges").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Pages_of_employees_follow_their_cursors_without_gaps_or_repeats()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var batch = Enumerable.Range(0, 7).Select(i => Employee($"p{i}-{Guid.NewGuid():N}"[..12])).ToArray();
        await Upsert(employer, batch);

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await employer.AsHr("query($after: String) { employees(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }", new { after });
            var connection = page.Data.GetProperty("employees");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        seen.Count.ShouldBe(7);
        seen.Distinct().Count().ShouldBe(7);
    }
}
