namespace Verzuim.Accounts.Invitations;

internal sealed class InviteEmployeeInput
{
    public string EmployeeId { get; init; } = "";
    public string? IdempotencyKey { get; init; }
}

internal sealed class InviteEmployeesInput
{
    public List<string> EmployeeIds { get; init; } = [];
    public string? IdempotencyKey { get; init; }
}

internal sealed class InvitationIdInput
{
    public string InvitationId { get; init; } = "";
}
