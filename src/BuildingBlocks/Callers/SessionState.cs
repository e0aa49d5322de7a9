namespace Verzuim.BuildingBlocks.Callers;

/// <summary>How far a login has come. Only <see cref="Full"/> sessions reach the portal's data.</summary>
public enum SessionState
{
    /// <summary>Password accepted; the second factor must still be verified.</summary>
    PendingSecondFactor,

    /// <summary>Password accepted; the account has no second factor yet and must set one up.</summary>
    PendingEnrollment,

    Full,
}
