using System.Net;
using System.Text;

namespace Verzuim.BuildingBlocks.Email;

/// <summary>
/// Builds the two bodies of a mail from the same blocks, so the HTML and the plain text can never say different
/// things. Every value is HTML-encoded; subjects and bodies carry no health information.
/// </summary>
public sealed class EmailBody
{
    private readonly StringBuilder html = new();
    private readonly StringBuilder text = new();

    public EmailBody Paragraph(string content)
    {
        html.Append("<p style=\"margin:0 0 16px\">").Append(WebUtility.HtmlEncode(content)).Append("</p>");
        text.Append(content).Append("\n\n");
        return this;
    }

    public EmailBody Button(string label, Uri link)
    {
        var href = WebUtility.HtmlEncode(link.AbsoluteUri);
        html.Append("<p style=\"margin:24px 0\"><a href=\"").Append(href)
            .Append("\" style=\"background:#0b5394;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block\">")
            .Append(WebUtility.HtmlEncode(label)).Append("</a></p>")
            .Append("<p style=\"margin:0 0 16px;font-size:14px;color:#444\">Werkt de knop niet? Kopieer deze link in je browser:<br>")
            .Append(href).Append("</p>");
        text.Append(label).Append(":\n").Append(link.AbsoluteUri).Append("\n\n");
        return this;
    }

    public EmailMessage ToMessage(string to, string subject)
    {
        const string footer = "Dit is een automatisch bericht van het werknemerportaal. Je kunt er niet op antwoorden.";
        var document = $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px">
            {html}<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
            <p style="font-size:13px;color:#555">{footer}</p>
            </body></html>
            """;
        return new EmailMessage(to, subject, document, $"{text}--\n{footer}\n");
    }
}
