using Verzuim.BuildingBlocks;

namespace Verzuim.Dossiers.Tests;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("Gewone tekst, met één accent en een emoji 🙂")]
    [InlineData("")]
    public void Text_PostgreSQL_can_store_is_storable(string text) => FreeText.IsStorable(text).ShouldBeTrue();

    [Fact]
    public void A_NUL_or_a_lone_surrogate_is_not()
    {
        // Built here rather than in attributes: test-case serialisation would mend the lone surrogates.
        string[] unstorable = ["een\u0000twee", "half \ud800 teken", "\udc00", "eind \ud83d", "\ude00\ud83d"];
        unstorable.ShouldAllBe(text => !FreeText.IsStorable(text));
    }
}
