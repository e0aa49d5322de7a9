using Verzuim.Web.Api;

namespace Verzuim.Web.Tests.Api;

public sealed class OperationsTests
{
    [Fact]
    public void An_operation_is_sent_with_each_fragment_it_spreads_once()
    {
        var document = Operations.Get("VerifySmsCode");

        document.ShouldStartWith("mutation VerifySmsCode(");
        Occurrences(document, "fragment SessionFields on Session").ShouldBe(1);
        Occurrences(document, "fragment UserErrorFields on UserError").ShouldBe(1);
    }

    [Fact]
    public void An_operation_without_spreads_is_sent_as_written()
    {
        var document = Operations.Get("Logout");

        document.ShouldNotContain("fragment");
        document.ShouldContain("logout {");
    }

    [Fact]
    public void An_unknown_operation_is_an_error_that_names_it() =>
        Should.Throw<InvalidOperationException>(() => Operations.Get("NoSuchOperation")).Message.ShouldContain("NoSuchOperation");

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
