using Microsoft.AspNetCore.Components;
using Verzuim.Web.Api;

namespace Verzuim.Web.Account;

/// <summary>What follows a second-factor check: in with a full session, back to the login when it ended, or the error.</summary>
internal static class SecondFactorOutcome
{
    public const string ManagePage = "/tweestapsverificatie/beheren";
    public const string LockedPage = "/tweestapsverificatie/geblokkeerd";

    /// <summary>The account's second step is locked: no more tries, the page that says what to do instead.</summary>
    public static bool LeaveWhenLocked(IEnumerable<UserError> errors, NavigationManager navigation)
    {
        if (!errors.Any(error => error.Code == "SECOND_STEP_LOCKED"))
        {
            return false;
        }
        navigation.NavigateTo(LockedPage);
        return true;
    }

    /// <summary>
    /// After a factor was set up: a login that had to set one up becomes full (its recovery codes are shown next);
    /// a factor added on the manage page leads back there. Returns false when it navigated away.
    /// </summary>
    public static async Task<bool> FollowEnrollmentAsync(EnrollmentResult result, PortalSignIn signIn, NavigationManager navigation)
    {
        if (result.Session is { } session)
        {
            await signIn.SignInAsync(session);
            return true;
        }
        if (result.RecoveryCodes is null)
        {
            navigation.NavigateTo($"{ManagePage}?melding=toegevoegd");
            return false;
        }
        return true;
    }

    public static async Task FollowAsync(VerificationResult result, PortalSignIn signIn, NavigationManager navigation, FormErrors errors, string? variant = null)
    {
        if (result.Session is { } session)
        {
            var next = result.MustSetUpNewFactor ? $"{ManagePage}?melding=herstelcode" : signIn.ReturnPath;
            await signIn.SignInAsync(session);
            navigation.NavigateTo(next, forceLoad: true);
            return;
        }
        if (result.Errors.Any(error => error.Code == "SESSION_ENDED"))
        {
            await signIn.SignOutAsync();
            navigation.NavigateTo("inloggen?melding=opnieuw-inloggen", forceLoad: true);
            return;
        }
        if (LeaveWhenLocked(result.Errors, navigation))
        {
            return;
        }
        errors.AddFromApi(result.Errors, new Dictionary<string, string> { ["code"] = "code" }, variant);
    }
}
