using Verzuim.BuildingBlocks;

namespace Verzuim.SecondFactor.Sms;

/// <summary>
/// A mobile number in E.164. Dutch forms are understood (06-12345678 becomes +31612345678); a Dutch number that is not
/// a mobile one (a landline such as 020-…) is refused, because it cannot receive the code.
/// </summary>
internal static class MobileNumber
{
    public static MobileNumberCheck Check(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new MobileNumberCheck(null, "REQUIRED");
        }
        if (PhoneNumbers.ToE164(input) is not { } number)
        {
            return new MobileNumberCheck(null, "INVALID_PHONE_NUMBER");
        }
        return PhoneNumbers.IsDutch(number) && !PhoneNumbers.IsDutchMobile(number)
            ? new MobileNumberCheck(null, "NOT_A_MOBILE_NUMBER")
            : new MobileNumberCheck(number, null);
    }

    /// <summary>"+31 6 •••• 5678": enough to recognise one's own number, not enough to learn someone else's.</summary>
    public static string Masked(string e164) => e164.Length < 8 ? "••••" : $"{e164[..3]} {e164[3]} •••• {e164[^4..]}";
}

internal sealed record MobileNumberCheck(string? Number, string? ErrorCode);
