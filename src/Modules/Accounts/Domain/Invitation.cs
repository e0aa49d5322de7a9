using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Domain;

/// <summary>
/// An invitation to register (DOMAIN §1). Its links carry single-use tokens; the employee proves who they are with the
/// e-mail address that received it and their date of birth. Five wrong tries block it until the employer resends it.
/// </summary>
internal sealed class Invitation : IPageable
{
    /// <summary>The type named in its public (global) id.</summary>
    public const string TypeName = "Invitation";

    private Invitation() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid EmployeeId { get; private set; }
    public string EmailNormalized { get; private set; } = "";
    public InvitationState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSentAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Raised by every resend: links of an earlier generation stop working.</summary>
    public int Generation { get; private set; }
    public int NextReminderSlot { get; private set; }

    /// <summary>Reminders sent since the latest (re)send; when a run finds several slots due, it sends only the latest.</summary>
    public int RemindersSent { get; private set; }
    public int FailedAttempts { get; private set; }
    public byte[]? TicketHash { get; private set; }
    public DateTimeOffset? TicketExpiresAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(30);

    public static Invitation Send(Employee employee, AccountSettings settings, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EmployerId = employee.EmployerId,
        EmployeeId = employee.Id,
        EmailNormalized = employee.EmailNormalized,
        State = InvitationState.Open,
        CreatedAt = now,
        LastSentAt = now,
        ExpiresAt = now.AddDays(settings.InvitationExpiryDays),
        Generation = 1,
    };

    public bool IsOpenAt(DateTimeOffset now) => State == InvitationState.Open && ExpiresAt > now;

    public bool HasExpiredAt(DateTimeOffset now) => State == InvitationState.Open && ExpiresAt <= now;

    public InvitationStatus StatusAt(DateTimeOffset now) => State switch
    {
        InvitationState.Open when ExpiresAt <= now => InvitationStatus.Expired,
        InvitationState.Open when RemindersSent > 0 => InvitationStatus.Reminded,
        InvitationState.Open => InvitationStatus.Pending,
        InvitationState.Registered => InvitationStatus.Registered,
        InvitationState.Revoked => InvitationStatus.Revoked,
        InvitationState.Blocked => InvitationStatus.Blocked,
        _ => InvitationStatus.Expired,
    };

    /// <summary>Checks what the employee typed. Every mismatch counts, and the fifth blocks the invitation.</summary>
    public InvitationCheck Validate(string typedEmail, DateOnly typedBirthDate, DateOnly birthDate, DateTimeOffset now)
    {
        if (State == InvitationState.Blocked)
        {
            return InvitationCheck.Blocked;
        }
        var matches = EmailAddress.Normalize(typedEmail) == EmailNormalized && typedBirthDate == birthDate;
        if (State == InvitationState.Registered && matches)
        {
            // Only someone who knows the link, the address and the birth date learns that the account exists.
            return InvitationCheck.AlreadyRegistered;
        }
        if (!IsOpenAt(now))
        {
            return InvitationCheck.Rejected;
        }
        if (matches)
        {
            return InvitationCheck.Accepted;
        }
        FailedAttempts++;
        if (FailedAttempts < MaxFailedAttempts)
        {
            return InvitationCheck.Rejected;
        }
        Close(InvitationState.Blocked, now);
        return InvitationCheck.Blocked;
    }

    /// <summary>After a successful check: the ticket that lets the employee choose a password, once, for a short while.</summary>
    public void IssueTicket(byte[] ticketHash, DateTimeOffset now)
    {
        TicketHash = ticketHash;
        TicketExpiresAt = now + TicketLifetime;
    }

    public bool AcceptsTicket(DateTimeOffset now) => IsOpenAt(now) && TicketExpiresAt > now;

    public void Register(DateTimeOffset now) => Close(InvitationState.Registered, now);

    public void Revoke(DateTimeOffset now) => Close(InvitationState.Revoked, now);

    /// <summary>Closes an invitation that ran out, so a new one can be sent to the same employee.</summary>
    public void Supersede(DateTimeOffset now) => Close(InvitationState.Expired, now);

    /// <summary>A new link and a new term; every earlier link stops working and a blocked invitation opens again.</summary>
    public void Resend(AccountSettings settings, DateTimeOffset now)
    {
        State = InvitationState.Open;
        ClosedAt = null;
        Generation++;
        LastSentAt = now;
        ExpiresAt = now.AddDays(settings.InvitationExpiryDays);
        NextReminderSlot = 0;
        RemindersSent = 0;
        FailedAttempts = 0;
        TicketHash = null;
        TicketExpiresAt = null;
    }

    /// <summary>The latest reminder slot that has come due and was not yet sent, if the invitation is still open.</summary>
    public int? DueReminderSlot(IReadOnlyList<int> reminderDays, DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            return null;
        }
        int? due = null;
        for (var slot = NextReminderSlot; slot < reminderDays.Count; slot++)
        {
            if (LastSentAt.AddDays(reminderDays[slot]) <= now)
            {
                due = slot;
            }
        }
        return due;
    }

    public void RecordReminder(int slot)
    {
        NextReminderSlot = slot + 1;
        RemindersSent++;
    }

    private void Close(InvitationState state, DateTimeOffset now)
    {
        State = state;
        ClosedAt = now;
        TicketHash = null;
        TicketExpiresAt = null;
    }
}

internal enum InvitationState
{
    Open,
    Registered,
    Revoked,
    Blocked,
    Expired,
}

/// <summary>The status shown to employers; `Pending`, `Reminded` and `Expired` follow from the open state and the clock.</summary>
internal enum InvitationStatus
{
    Pending,
    Reminded,
    Registered,
    Expired,
    Revoked,
    Blocked,
}

internal enum InvitationCheck
{
    Accepted,
    Rejected,
    Blocked,
    AlreadyRegistered,
}
