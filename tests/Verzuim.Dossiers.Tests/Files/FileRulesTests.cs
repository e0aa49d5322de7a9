using Verzuim.Dossiers.Files;

namespace Verzuim.Dossiers.Tests.Files;

public sealed class FileRulesTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    public void Files_are_known_by_their_first_bytes(byte[] start, string contentType) =>
        FileKind.Recognise(start)!.ContentType.ShouldBe(contentType);

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44 })]
    [InlineData(new byte[] { 0x3C, 0x73, 0x76, 0x67 })]
    public void Anything_else_is_not_recognised(byte[] start) => FileKind.Recognise(start).ShouldBeNull();

    [Theory]
    [InlineData("foto.JPEG", "foto.jpeg")]
    [InlineData("foto", "foto.jpg")]
    [InlineData("a<b>c:d|e?f*g\"h.jpg", "a_b_c_d_e_f_g_h.jpg")]
    [InlineData("  veel   ruimte  .jpg", "veel ruimte.jpg")]
    [InlineData(null, "document.jpg")]
    [InlineData("e\u0301e\u0301n.jpg", "één.jpg")]
    public void Names_are_made_safe(string? uploaded, string expected) =>
        FileRules.SanitiseName(uploaded, FileKind.Jpeg).ShouldBe(expected);

    [Fact]
    public void A_long_name_is_never_cut_inside_a_character()
    {
        var name = FileRules.SanitiseName(string.Concat(Enumerable.Repeat("👩‍⚕️", 60)) + ".pdf", FileKind.Pdf);
        name.Length.ShouldBeLessThanOrEqualTo(FileRules.MaxNameLength);
        name.ShouldEndWith("👩‍⚕️.pdf");
    }
}
