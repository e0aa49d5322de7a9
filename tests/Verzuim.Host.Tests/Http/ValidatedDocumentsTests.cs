using System.Net;

namespace Verzuim.Host.Tests.Http;

/// <summary>A document validated once skips the caller-independent rules later; nothing that depends on the caller or the variables may be skipped.</summary>
[Collection(HostApiCollection.Name)]
public sealed class ValidatedDocumentsTests(VerzuimApiFactory api)
{
    [Fact]
    public async Task A_known_document_is_still_refused_to_a_caller_who_may_not_use_it()
    {
        var employer = await TestEmployer.CreateAsync(api);
        const string query = "query KnownDocumentAccess { employees(first: 1) { edges { cursor } } }";

        (await employer.AsHr(query)).Status.ShouldBe(HttpStatusCode.OK);
        var anonymous = await api.GraphQL().SendAsync(query);

        anonymous.Status.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task A_known_introspection_document_is_still_refused_to_anonymous_callers()
    {
        var employer = await TestEmployer.CreateAsync(api);
        const string query = "query KnownIntrospection { __schema { queryType { name } } }";

        (await employer.AsHr(query)).Status.ShouldBe(HttpStatusCode.OK);

        (await api.GraphQL().SendAsync(query)).ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task The_variables_of_a_known_document_are_still_checked()
    {
        const string query = "mutation KnownValidation($input: ValidateInvitationInput!) { validateInvitation(input: $input) { errors { code } } }";

        var valid = await api.GraphQL().SendAsync(query, new { input = new { token = "vzi_x", email = "a@b.nl", dateOfBirth = "1990-03-14" } });
        var invalid = await api.GraphQL().SendAsync(query, new { input = new { token = "vzi_x", email = "a@b.nl", dateOfBirth = "1990-02-31" } });

        valid.Status.ShouldBe(HttpStatusCode.OK);
        invalid.Status.ShouldBe(HttpStatusCode.OK);
        invalid.UserErrorCodes("validateInvitation").ShouldBe(["INVALID_DATE"]);
    }
}
