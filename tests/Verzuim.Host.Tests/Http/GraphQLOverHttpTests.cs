using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Verzuim.Host.Tests.Http;

/// <summary>GraphQL over HTTP as the endpoint promises it (docs/adr/0001): media types, methods, status codes, limits.</summary>
[Collection(HostApiCollection.Name)]
public sealed class GraphQLOverHttpTests(VerzuimApiFactory api)
{
    private const string PolicyQuery = "{ passwordPolicy { minLength } }";

    private async Task<GraphQLTestResponse> PostRawAsync(string body, string contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        return await GraphQLTestResponse.ReadAsync(await api.CreateClient().SendAsync(request));
    }

    [Fact]
    public async Task A_post_is_answered_as_graphql_response_json_and_never_cached()
    {
        var response = await api.GraphQL().SendAsync(PolicyQuery);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
        response.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Data.GetProperty("passwordPolicy").GetProperty("minLength").GetInt32().ShouldBe(12);
    }

    [Fact]
    public async Task A_client_that_accepts_only_json_gets_json()
    {
        var response = await PostRawAsync($$"""{"query":"{{PolicyQuery}}"}""", accept: "application/json");

        response.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task A_client_that_accepts_neither_gets_406()
    {
        var response = await PostRawAsync($$"""{"query":"{{PolicyQuery}}"}""", accept: "text/html");

        response.Status.ShouldBe(HttpStatusCode.NotAcceptable);
        response.ErrorCodes.ShouldBe(["NOT_ACCEPTABLE"]);
    }

    [Fact]
    public async Task A_query_may_be_sent_with_get()
    {
        var response = await GraphQLTestResponse.ReadAsync(await api.CreateClient().GetAsync($"/graphql?query={Uri.EscapeDataString(PolicyQuery)}"));

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Data.GetProperty("passwordPolicy").GetProperty("minLength").GetInt32().ShouldBe(12);
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_refused_with_405_and_not_run()
    {
        var mutation = "mutation { requestPasswordReset(input: { email: \"a@b.nl\" }) { accepted } }";

        var response = await GraphQLTestResponse.ReadAsync(await api.CreateClient().GetAsync($"/graphql?query={Uri.EscapeDataString(mutation)}"));

        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Response.Content.Headers.Allow.ShouldContain("POST");
        response.ErrorCodes.ShouldBe(["METHOD_NOT_ALLOWED"]);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_of_another_media_type_gets_415(string contentType)
    {
        var response = await PostRawAsync($$"""{"query":"{{PolicyQuery}}"}""", contentType);

        response.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.ErrorCodes.ShouldBe(["UNSUPPORTED_MEDIA_TYPE"]);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_gets_400_with_a_code()
    {
        var response = await PostRawAsync("""{"query":"{ passwordPolicy { "}""");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["GRAPHQL_PARSE_FAILED"]);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_gets_400_with_a_code()
    {
        var response = await api.GraphQL().SendAsync("{ passwordPolicy { noSuchField } }");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["FIELDS_ON_CORRECT_TYPE"]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{}")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_graphql_request_gets_400(string body)
    {
        var response = await PostRawAsync(body);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.Single().ShouldBeOneOf("INVALID_JSON", "QUERY_REQUIRED");
    }

    [Fact]
    public async Task Batched_operations_are_refused()
    {
        var response = await PostRawAsync($$"""[{"query":"{{PolicyQuery}}"},{"query":"{{PolicyQuery}}"}]""");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["BATCHING_NOT_SUPPORTED"]);
    }

    [Fact]
    public async Task A_body_over_the_cap_gets_413_before_anything_runs()
    {
        var huge = new string('a', 1024 * 1024);

        var response = await api.GraphQL().SendAsync(Gql.Login, new { input = new { email = huge, password = huge } });

        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCodes.ShouldBe(["REQUEST_TOO_LARGE"]);
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused()
    {
        var employer = await TestEmployer.CreateAsync(api);
        var tooDeep = "{ __type(name: \"Query\") { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 15)) + "name" + new string('}', 18) + " }";

        var refused = await employer.AsHr(tooDeep);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorCodes.ShouldBe(["QUERY_TOO_DEEP"]);
    }

    [Theory]
    [InlineData(1_000, "me { __typename }")]
    [InlineData(2_400, "passwordPolicy { minLength }")]
    public async Task A_document_with_hundreds_of_aliases_is_refused_before_it_runs(int aliases, string field)
    {
        var employer = await TestEmployer.CreateAsync(api);
        var query = "{ " + string.Concat(Enumerable.Range(0, aliases).Select(i => $"a{i}: {field} ")) + "}";

        var refused = await employer.AsHr(query);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorCodes.ShouldBe(["TOO_MANY_FIELDS"]);
        refused.Body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("me { __typename }")]
    [InlineData("employer { name }")]
    public async Task Fewer_fields_that_each_read_the_database_are_refused_by_their_cost(string field)
    {
        var employer = await TestEmployer.CreateAsync(api);
        var query = "{ " + string.Concat(Enumerable.Range(0, 125).Select(i => $"a{i}: {field} ")) + "}";

        var refused = await employer.AsHr(query);

        refused.ErrorCodes.ShouldBe(["QUERY_TOO_COMPLEX"]);
        refused.Body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_full_page_that_reads_the_database_for_every_item_is_refused_by_its_cost()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var refused = await employer.AsHr("{ absences(first: 100) { edges { node { id week timeline { kind dueOn } } } } }");
        var cheaper = await employer.AsHr("{ absences(first: 100) { edges { node { id firstDay percentage } } } }");

        refused.ErrorCodes.ShouldBe(["QUERY_TOO_COMPLEX"]);
        cheaper.Status.ShouldBe(HttpStatusCode.OK, cheaper.ErrorMessages);
    }

    [Fact]
    public async Task The_introspection_query_an_explorer_sends_stays_within_the_limits()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr(ExplorerIntrospection.Query);

        response.Status.ShouldBe(HttpStatusCode.OK, response.ErrorMessages);
        response.Data.GetProperty("__schema").GetProperty("types").GetArrayLength().ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_introspect_the_schema_but_signed_in_callers_can()
    {
        var employer = await TestEmployer.CreateAsync(api);
        const string introspection = "{ __schema { queryType { name } } }";

        var anonymous = await api.GraphQL().SendAsync(introspection);
        var signedIn = await employer.AsHr(introspection);

        anonymous.Status.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        signedIn.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task Anonymous_callers_get_no_field_suggestions()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var anonymous = await api.GraphQL().SendAsync("{ passwordPolicie { minLength } }");
        var signedIn = await employer.AsHr("{ passwordPolicie { minLength } }");

        anonymous.ErrorMessages.ShouldNotContain("Did you mean");
        anonymous.ErrorMessages.ShouldNotContain("passwordPolicy");
        signedIn.ErrorMessages.ShouldContain("Did you mean");
    }

    [Fact]
    public async Task Errors_carry_no_stack_trace_or_exception_detail()
    {
        var response = await api.GraphQL().SendAsync("{ employees(first: 5) { edges { cursor } } }");
        var invalid = await api.GraphQL().SendAsync("{ passwordPolicy { noSuchField } }");

        response.Body.ToString().ShouldNotContain("   at ");
        invalid.Body.ToString().ShouldNotContain("details");
        invalid.Body.ToString().ShouldNotContain("Exception");
    }

    [Fact]
    public async Task An_unknown_bearer_token_gets_401_with_a_challenge()
    {
        var response = await api.GraphQL().SendAsync(Gql.Me, token: "vzs_" + new string('A', 43));

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.Response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task A_mutation_repeated_under_aliases_is_refused_so_guesses_cannot_be_multiplied()
    {
        var response = await api.GraphQL().SendAsync("""
            mutation {
              a: login(input: { email: "x@y.nl", password: "first guess 123" }) { errors { code } }
              b: login(input: { email: "x@y.nl", password: "second guess 123" }) { errors { code } }
            }
            """);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe(["MUTATION_REPEATED"]);
    }

    [Fact]
    public async Task A_page_larger_than_one_hundred_is_refused_with_a_code()
    {
        var employer = await TestEmployer.CreateAsync(api);

        var response = await employer.AsHr("{ employees(first: 101) { edges { cursor } } }");

        response.ErrorCodes.ShouldBe(["INVALID_VALUE"]);
        response.ErrorMessages.ShouldContain("first");
    }

    [Fact]
    public async Task Only_the_operation_that_runs_is_judged_for_access()
    {
        const string document = "query Open { passwordPolicy { minLength } } query Closed { employees { edges { cursor } } }";

        var open = await PostRawAsync($$"""{"query":"{{document}}","operationName":"Open"}""");
        var closed = await PostRawAsync($$"""{"query":"{{document}}","operationName":"Closed"}""");

        open.Status.ShouldBe(HttpStatusCode.OK);
        closed.Status.ShouldBe(HttpStatusCode.Unauthorized);
        closed.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }
}
