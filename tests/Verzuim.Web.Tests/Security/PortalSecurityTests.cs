using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verzuim.Web.Tests.Security;

public sealed class PortalSecurityTests
{
    [Fact]
    public void In_production_the_session_cookie_is_host_prefixed_secure_httponly_and_samesite()
    {
        using var app = new PortalApp("Production");

        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie;

        cookie.Name.ShouldBe("__Host-verzuim");
        cookie.SecurePolicy.ShouldBe(CookieSecurePolicy.Always);
        cookie.HttpOnly.ShouldBeTrue();
        cookie.SameSite.ShouldBe(SameSiteMode.Lax);
        cookie.Path.ShouldBe("/");
    }

    [Theory]
    [InlineData("/uitnodiging/vzi_abcdef")]
    [InlineData("/wachtwoord-vergeten")]
    [InlineData("/inloggen")]
    public async Task Pages_send_no_referrer_are_never_cached_and_cannot_be_framed(string page)
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient().GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task When_the_host_cannot_be_reached_the_visitor_gets_a_clear_page_and_503()
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient().GetAsync("/wachtwoord-herstellen/vzp_abcdef");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Het portaal is even niet bereikbaar");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient().PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "iemand@example.nl",
            ["Input.Password"] = "een wachtwoord",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Logging_in_again_for_a_change_needs_the_antiforgery_token()
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/opnieuw-inloggen",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["terug"] = "/tweestapsverificatie/beheren" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/tweestapsverificatie/beheren")]
    [InlineData("/tweestapsverificatie/herstelcodes")]
    public async Task The_manage_pages_send_visitors_who_are_not_logged_in_to_the_login_page_and_back(string page)
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain($"/inloggen?terug={Uri.EscapeDataString(page)}");
    }

    [Fact]
    public async Task A_dossier_file_is_served_in_a_sandbox_and_needs_a_login()
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/dossiers/RG9zc2llcjox/documenten/RG9j/bestand");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/inloggen");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("sandbox");
        policy.ShouldContain("default-src 'none'");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/dossiers")]
    [InlineData("/dossiers/inzage")]
    [InlineData("/dossiers/RG9zc2llcjox?tab=berichten")]
    public async Task The_dossier_pages_send_visitors_who_are_not_logged_in_to_the_login_page(string page)
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/inloggen");
        string.Join(";", response.Headers.GetValues("Content-Security-Policy")).ShouldNotContain("sandbox");
    }

    [Fact]
    public async Task The_home_page_sends_visitors_who_are_not_logged_in_to_the_login_page()
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/inloggen?terug=%2F");
    }

    [Fact]
    public async Task The_development_outbox_does_not_exist_outside_development()
    {
        using var app = new PortalApp("Production");

        var response = await app.CreateClient().GetAsync("/ontwikkeling/post");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Ontwikkelpost");
    }

    [Fact]
    public async Task In_development_the_outbox_lists_the_mails_with_a_clear_label()
    {
        var folder = Directory.CreateTempSubdirectory("verzuim-outbox").FullName;
        var mail = new MimeKit.MimeMessage { Subject = "Uitnodiging voor het werknemerportaal van Demo BV" };
        mail.From.Add(MimeKit.MailboxAddress.Parse("portaal@verzuim.test"));
        mail.To.Add(MimeKit.MailboxAddress.Parse("sanne@demo.test"));
        mail.Body = new MimeKit.TextPart("plain") { Text = "Account aanmaken:\nhttp://localhost:5000/uitnodiging/vzi_demo\n" };
        await mail.WriteToAsync(Path.Combine(folder, "20261124T120000000-abc.eml"));
        using var app = new PortalApp("Development", folder);

        var page = await (await app.CreateClient().GetAsync("/ontwikkeling/post")).Content.ReadAsStringAsync();

        page.ShouldContain("alleen in Development");
        page.ShouldContain("Uitnodiging voor het werknemerportaal van Demo BV");
        page.ShouldContain("href=\"http://localhost:5000/uitnodiging/vzi_demo\"");
    }

    [Fact]
    public async Task The_language_can_be_switched_to_english_and_back()
    {
        using var app = new PortalApp("Production");
        var client = app.CreateClient();

        var dutch = await client.GetStringAsync("/inloggen");
        await client.GetAsync("/taal/en?terug=/inloggen");
        var english = await client.GetStringAsync("/inloggen");

        dutch.ShouldContain("<html lang=\"nl\"");
        dutch.ShouldContain("Wachtwoord vergeten?");
        english.ShouldContain("<html lang=\"en\"");
        english.ShouldContain("Forgot your password?");
    }
}
