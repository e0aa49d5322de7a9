using Microsoft.AspNetCore.Components;
using Verzuim.Web.Api;

namespace Verzuim.Web.Account;

/// <summary>What follows a second-factor check: in with a full session, back to the login when it ended, or the error.</summary>
internal static class SecondFactorOutcome
{
    public static async Task FollowAsync(VerificationResult result, PortalSignIn signIn, NavigationManager navigation, FormErrors errors)
    {
        if (result.Session is { } session)
        {
            await signIn.SignInAsync(session);
            navigation.NavigateTo(result.MustSetUpNewFactor ? "tweestapsverificatie/instellen?herstel=true" : "/", forceLoad: true);
            return;
        }
        if (result.Errors.Any(error => error.Code == "SESSION_ENDED"))
        {
            await signIn.SignOutAsync();
            navigation.NavigateTo("inloggen?melding=opnieuw-inloggen", forceLoad: true);
            return;
        }
        errors.AddFromApi(result.Errors, new Dictionary<string, string> { ["code"] = "code" });
    }
}
