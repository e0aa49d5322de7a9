using Verzuim.Web.Api;
using Verzuim.Web.Components.Shared;

namespace Verzuim.Web.Tests.Components;

public sealed class DossierComponentsTests : PortalTestContext
{
    private static DossierDocument Document(string asked, DocumentResponse? response = null, DateTimeOffset? opened = null) =>
        new("RG9j", "Plan van aanpak", "EMPLOYER", "Hanna Hoekstra", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), null, asked, null, opened,
            new DocumentTypeName("Plan van aanpak"), new DocumentFile("plan.pdf", "application/pdf", 2_000), response);

    [Fact]
    public void Counts_are_said_in_words_singular_and_plural()
    {
        var counts = Render<DossierCountsText>(parameters => parameters.Add(p => p.Counts, new DossierCounts(1, 2, 3)));

        counts.FindAll("li").Select(li => li.TextContent).ShouldBe(["1 nieuw document", "2 documenten wachten op je reactie", "3 ongelezen berichten"]);
    }

    [Fact]
    public void Without_anything_waiting_the_counts_say_so()
    {
        var counts = Render<DossierCountsText>(parameters => parameters.Add(p => p.Counts, new DossierCounts(0, 0, 0)));

        counts.Markup.ShouldContain("Niets nieuws.");
        counts.FindAll("li").ShouldBeEmpty();
    }

    [Fact]
    public void A_new_document_waiting_for_agreement_says_both()
    {
        var state = Render<DocumentState>(parameters => parameters.Add(p => p.Document, Document("SIGNATURE")));

        state.Find("[data-testid=document-state]").TextContent.ShouldContain("wacht op je akkoord");
        state.Find("[data-testid=document-state]").TextContent.ShouldContain("nieuw");
    }

    [Fact]
    public void A_signed_document_shows_when_in_Dutch_time()
    {
        var signedAt = new DateTimeOffset(2026, 11, 24, 13, 5, 0, TimeSpan.Zero);
        var state = Render<DocumentState>(parameters => parameters.Add(p => p.Document,
            Document("SIGNATURE", new DocumentResponse("SIGNATURE", signedAt, null), signedAt)));

        state.Find("[data-testid=document-state]").TextContent.Trim().ShouldBe("akkoord gegeven op 24-11-2026 14:05");
    }
}
