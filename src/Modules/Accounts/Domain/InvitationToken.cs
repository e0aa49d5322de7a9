namespace Verzuim.Accounts.Domain;

/// <summary>
/// One link of an invitation. The first mail and each reminder carry their own token, all valid together;
/// a resend raises the invitation's generation, which retires every earlier token.
/// </summary>
internal sealed class InvitationToken
{
    private InvitationToken() { }

    public byte[] TokenHash { get; private set; } = [];
    public Guid InvitationId { get; private set; }
    public int Generation { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    public static InvitationToken For(Invitation invitation, byte[] tokenHash, DateTimeOffset now) =>
        new() { TokenHash = tokenHash, InvitationId = invitation.Id, Generation = invitation.Generation, IssuedAt = now };
}

/// <summary>A reminder that was sent. Its key (invitation, generation, slot) lets each slot be sent once, ever.</summary>
internal sealed class InvitationReminder
{
    private InvitationReminder() { }

    public Guid InvitationId { get; private set; }
    public int Generation { get; private set; }
    public int Slot { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    public static InvitationReminder For(Invitation invitation, int slot, DateTimeOffset now) =>
        new() { InvitationId = invitation.Id, Generation = invitation.Generation, Slot = slot, SentAt = now };
}
