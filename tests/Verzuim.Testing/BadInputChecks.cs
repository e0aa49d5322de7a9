using System.Net;
using Shouldly;

namespace Verzuim.Testing;

/// <summary>
/// One operation's expected answers to bad text: the errors (`CODE@field.path`, comma-separated) for an empty, a blank
/// and a 10 000-character value. <see cref="Operation"/> names the payload field, optionally followed by `.what`.
/// </summary>
public sealed record BadInputCase<TCaller>(string Operation, TCaller Caller, string Query, Func<string, object> Variables, string Empty, string Blank, string Long)
{
    public override string ToString() => Operation;
}

/// <summary>The checks every module's bad-input tests make: a typed answer, never a 500 or a stack trace.</summary>
public static class BadInputChecks
{
    public const string Errors = "errors { code field }";

    public static async Task ShouldGetTypedAnswersAsync<TCaller>(BadInputCase<TCaller> @case, Func<string, Task<GraphQLTestResponse>> send)
    {
        foreach (var (value, expected) in new[] { ("", @case.Empty), ("   \t ", @case.Blank), (new string('é', 10_000), @case.Long) })
        {
            var response = await send(value);

            response.Status.ShouldBe(HttpStatusCode.OK, response.Body.ToString());
            string.Join(',', response.UserErrors(@case.Operation.Split('.')[0])).ShouldBe(expected, $"value of length {value.Length}");
        }
    }

    /// <summary>A 1 MB value makes the body exceed the cap: 413 with a code, before anything runs.</summary>
    public static async Task ShouldBeRefusedAsTooLargeAsync(Func<string, Task<GraphQLTestResponse>> send)
    {
        var response = await send(new string('x', 1024 * 1024));

        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCodes.ShouldBe(["REQUEST_TOO_LARGE"]);
    }
}
