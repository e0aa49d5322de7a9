using Microsoft.Extensions.Logging;
using Quartz;

namespace Verzuim.Accounts.Invitations.Reminders;

/// <summary>The recurring Quartz job. Safety against doubles lives in the claim, not here, so any number of Hosts may run it.</summary>
[DisallowConcurrentExecution]
internal sealed class InvitationReminderJob(SendInvitationReminders reminders, ILogger<InvitationReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("invitation-reminders", "accounts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await reminders.RunAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} invitation reminders", sent);
        }
    }
}
