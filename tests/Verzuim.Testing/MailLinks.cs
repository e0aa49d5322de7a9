using System.Text.RegularExpressions;
using MimeKit;

namespace Verzuim.Testing;

public static partial class MailLinks
{
    /// <summary>The token of the link to a portal page in a mail, e.g. Token(mail, "uitnodiging").</summary>
    public static string Token(MimeMessage mail, string page)
    {
        var match = Regex.Match(mail.TextBody ?? "", $@"/{page}/(v[a-z]{{2}}_[A-Za-z0-9_\-]+)");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No /{page}/ link in \"{mail.Subject}\".");
    }

    public static Uri Link(MimeMessage mail, string page) =>
        new(LinkPattern().Matches(mail.TextBody ?? "").Select(m => m.Value).First(url => url.Contains($"/{page}/", StringComparison.Ordinal)));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
