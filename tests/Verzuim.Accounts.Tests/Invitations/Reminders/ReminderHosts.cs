using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Domain;
using Verzuim.Accounts.Invitations.Reminders;

namespace Verzuim.Accounts.Tests.Invitations.Reminders;

/// <summary>
/// A Host for the reminder tests: its own clock, a reminder job that only runs when a test says so, and a switch to
/// make it crash in the middle of a reminder batch, after the rows are claimed and before the commit.
/// </summary>
public class ReminderHost : VerzuimApiFactory
{
    public ReminderHost()
    {
    }

    protected ReminderHost(ReminderHost first) : base(first)
    {
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CrashBeforeCommit Crash { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("Accounts:Reminders:IntervalSeconds", "86400")];

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.ConfigureDbContext<AccountsDbContext>(options => options.AddInterceptors(Crash));
    }

    /// <summary>One run of the reminder job, as Quartz would start it.</summary>
    public async Task<int> SendRemindersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendInvitationReminders>().RunAsync(CancellationToken.None);
    }
}

/// <summary>A second Host process on the first one's database and mail relay, with a clock of its own.</summary>
public sealed class SecondReminderHost(ReminderHost first) : ReminderHost(first);

/// <summary>Throws while a reminder batch is being saved, as a process killed at that moment would stop.</summary>
public sealed class CrashBeforeCommit : SaveChangesInterceptor
{
    public bool Armed { get; set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Armed && eventData.Context!.ChangeTracker.Entries<InvitationReminder>().Any())
        {
            throw new InvalidOperationException("The process stopped in the middle of a reminder batch.");
        }
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
