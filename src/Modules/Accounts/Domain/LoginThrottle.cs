namespace Verzuim.Accounts.Domain;

/// <summary>
/// Failed logins per e-mail address, kept whether or not the address has an account, so a locked answer says nothing
/// about which addresses exist. The key is a hash of the normalised address; the address itself is not stored.
/// </summary>
internal sealed class LoginThrottle
{
    private LoginThrottle() { }

    public byte[] EmailKey { get; private set; } = [];
    public int Failures { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset LastFailureAt { get; private set; }
}
