using Verzuim.Accounts.Shared;

namespace Verzuim.Accounts.Tests.Shared;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("Sanne@Example.NL", "sanne@example.nl")]
    [InlineData("  sanne@example.nl\t", "sanne@example.nl")]
    [InlineData("zoë@bäckerei.de", "zoë@xn--bckerei-5wa.de")]
    [InlineData("ZOË@XN--BCKEREI-5WA.DE", "zoë@xn--bckerei-5wa.de")]
    public void Spellings_of_one_address_normalize_to_the_same_text(string typed, string normalized) =>
        EmailAddress.Normalize(typed).ShouldBe(normalized);

    [Fact]
    public void A_composed_and_a_decomposed_accent_are_the_same_address() =>
        EmailAddress.Normalize("zoe\u0308@example.nl").ShouldBe(EmailAddress.Normalize("zo\u00eb@example.nl"));

    [Theory]
    [InlineData("sanne@example.nl", true)]
    [InlineData("sanne.de.vries+verzuim@example.co.uk", true)]
    [InlineData("zoë@bäckerei.de", true)]
    [InlineData("sanne@localhost", false)]
    [InlineData("sanne", false)]
    [InlineData("sanne@", false)]
    [InlineData("@example.nl", false)]
    [InlineData("sanne @example.nl", false)]
    [InlineData("Sanne <sanne@example.nl>", false)]
    public void Only_a_plain_address_with_a_domain_is_valid(string email, bool valid) => EmailAddress.IsValid(email).ShouldBe(valid);
}

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0612345678", "+31612345678")]
    [InlineData("06-12345678", "+31612345678")]
    [InlineData("06 12 34 56 78", "+31612345678")]
    [InlineData("+31 6 1234 5678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    public void Numbers_are_stored_in_international_form(string typed, string stored) => Verzuim.BuildingBlocks.PhoneNumbers.ToE164(typed).ShouldBe(stored);

    [Theory]
    [InlineData("12")]
    [InlineData("not a number")]
    [InlineData("+0612345678")]
    [InlineData("06123456789012345678901234567890123")]
    public void Anything_else_is_refused(string typed) => Verzuim.BuildingBlocks.PhoneNumbers.ToE164(typed).ShouldBeNull();
}
