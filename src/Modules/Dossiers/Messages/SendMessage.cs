using Microsoft.EntityFrameworkCore;
using Verzuim.BuildingBlocks;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Idempotency;
using Verzuim.Dossiers.AccessLog;
using Verzuim.Dossiers.Cases;
using Verzuim.Dossiers.Data;
using Verzuim.Dossiers.Domain;
using Verzuim.Dossiers.Notifications;

namespace Verzuim.Dossiers.Messages;

internal sealed class SendMessageInput
{
    public string DossierId { get; init; } = "";
    public string Body { get; init; } = "";
    public string? IdempotencyKey { get; init; }
}

internal sealed record MessagePayload(DossierMessage? Message, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// A message in a dossier, from the employee to the case managers or back. The other side gets a notice without the
/// text. The same text from the same person within moments is taken as one submission.
/// </summary>
internal sealed class SendMessage(
    DossiersDbContext db, Accessors accessors, DossierNotices notices, IdempotentRequests<DossiersDbContext> idempotency, TimeProvider clock)
{
    private const string Operation = "sendDossierMessage";

    private static readonly TimeSpan DoubleSubmitWindow = TimeSpan.FromSeconds(30);

    public async Task<MessagePayload> HandleAsync(SessionCaller caller, SendMessageInput input, CancellationToken cancellationToken)
    {
        if (IdempotencyKey.Check(input.IdempotencyKey) is { } keyError)
        {
            return Refused(keyError);
        }
        var body = input.Body.Trim();
        if (body.Length == 0)
        {
            return Refused(UserError.For(ErrorCodes.Required, "Write a message.", "input", "body"));
        }
        if (!FreeText.IsStorable(body))
        {
            return Refused(UserError.For(ErrorCodes.InvalidValue, "This message contains characters that cannot be saved.", "input", "body"));
        }
        if (body.Length > DossierMessage.MaxBodyLength)
        {
            return Refused(UserError.For(ErrorCodes.TooLong, $"A message takes at most {DossierMessage.MaxBodyLength} characters.", "input", "body"));
        }
        var dossier = await db.FindDossierAsync(caller, input.DossierId, cancellationToken);
        if (dossier is null)
        {
            return Refused(UserError.For(ErrorCodes.NotFound, "This dossier does not exist.", "input", "dossierId"));
        }
        await using var transaction = await db.BeginOneAtATimeForAsync(caller.AccountId, cancellationToken);
        var fingerprint = IdempotencyKey.Fingerprint(Operation, new { input.DossierId, body });
        switch (await idempotency.FindAsync(caller, input.IdempotencyKey, Operation, fingerprint, cancellationToken))
        {
            case { Error: { } reused }:
                return Refused(reused);
            case { ResultIds: [var id, ..] }:
                return new MessagePayload(await db.Messages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken), []);
        }
        var now = clock.GetUtcNow();
        var since = now - DoubleSubmitWindow;
        var earlier = await db.Messages.FirstOrDefaultAsync(m => m.DossierId == dossier.Id && m.AuthorAccountId == caller.AccountId
            && m.Body == body && m.CreatedAt >= since, cancellationToken);
        if (earlier is not null)
        {
            return new MessagePayload(earlier, []);
        }
        var author = await accessors.OfAsync(caller, cancellationToken);
        var from = caller is EmployeeCaller ? MessageSender.Employee : MessageSender.Employer;
        var message = DossierMessage.Send(dossier.Id, dossier.EmployerId, dossier.EmployeeId, from, caller.AccountId, author.Name, body, now);
        db.Messages.Add(message);
        idempotency.Remember(caller, input.IdempotencyKey, Operation, fingerprint, message.Id);
        await (from == MessageSender.Employee
            ? notices.MessageToEmployerAsync(dossier, cancellationToken)
            : notices.MessageToEmployeeAsync(dossier, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notices.Committed();
        return new MessagePayload(message, []);
    }

    private static MessagePayload Refused(UserError error) => new(null, [error]);
}
